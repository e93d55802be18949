package com.magdagateway.magda.security;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.WSHandlerConstants;
import org.apache.wss4j.dom.handler.WSHandlerResult;

/**
 * Accepts a verified answer only when every signature on it was made with a certificate whose subject DN matches
 * {@code MAGDA_WSS_ANSWER_SUBJECT}: trust in a CA alone would accept any certificate that CA ever issued.
 */
final class AnswerSignerCheck extends AbstractSoapInterceptor {

    private final Pattern subject;

    AnswerSignerCheck(Pattern subject) {
        super(Phase.PRE_PROTOCOL);
        addAfter(WSS4JInInterceptor.class.getName());
        this.subject = subject;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        if (!signersMatch(message.get(WSHandlerConstants.RECV_RESULTS))) {
            // The subject is not secret, but the answer's content stays out of the message.
            throw new Fault(new SecurityException("MAGDA answer not signed by the expected subject " + subject));
        }
    }

    /** True when there is at least one signature and each was made by a certificate with the pinned subject. */
    boolean signersMatch(Object receivedResults) {
        if (!(receivedResults instanceof List<?> results)) {
            return false;
        }
        int signatures = 0;
        for (Object handlerResult : results) {
            if (!(handlerResult instanceof WSHandlerResult result)) {
                continue;
            }
            for (WSSecurityEngineResult signature : result.getActionResults().getOrDefault(WSConstants.SIGN, List.of())) {
                signatures++;
                Object certificate = signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
                if (!(certificate instanceof X509Certificate x509)
                        || !subject.matcher(x509.getSubjectX500Principal().getName()).matches()) {
                    return false;
                }
            }
        }
        return signatures > 0;
    }
}

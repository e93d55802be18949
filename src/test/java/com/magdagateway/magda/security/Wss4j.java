package com.magdagateway.magda.security;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.wss4j.common.WSEncryptionPart;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDataRef;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngine;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.handler.WSHandlerResult;
import org.apache.wss4j.dom.message.WSSecHeader;
import org.apache.wss4j.dom.message.WSSecSignature;
import org.apache.wss4j.dom.message.WSSecTimestamp;
import org.w3c.dom.Document;

/** The other side of WS-Security, as MAGDA does it: WSS4J verifying requests and signing answers. */
final class Wss4j {

    static final QName BODY = new QName(WSConstants.URI_SOAP11_ENV, "Body");
    static final QName TIMESTAMP = new QName(WSConstants.WSU_NS, "Timestamp");

    static {
        WSSConfig.init();
    }

    private Wss4j() {
    }

    /** What a verified request was signed with. */
    record Verified(String signer, String signatureMethod, String tokenReference) {
    }

    static Crypto crypto(KeyStore keyStore, KeyStore trustStore) {
        Merlin merlin = new Merlin();
        merlin.setKeyStore(keyStore);
        merlin.setTrustStore(trustStore);
        return merlin;
    }

    /**
     * Verifies the Security header: a signature by a certificate in {@code trusted}, covering the Body and the
     * Timestamp, and a Timestamp that has not expired. Throws when any of it is missing or wrong.
     */
    static Verified verify(Document envelope, Crypto trusted) throws Exception {
        RequestData data = new RequestData();
        data.setWssConfig(WSSConfig.getNewInstance());
        data.setSigVerCrypto(trusted);
        WSHandlerResult result = new WSSecurityEngine().processSecurityHeader(envelope, data);
        if (result == null) {
            throw new SecurityException("no WS-Security header");
        }
        List<WSSecurityEngineResult> signatures = result.getActionResults().getOrDefault(WSConstants.SIGN, List.of());
        if (signatures.isEmpty()) {
            throw new SecurityException("not signed");
        }
        if (result.getActionResults().getOrDefault(WSConstants.TS, List.of()).isEmpty()) {
            throw new SecurityException("no Timestamp");
        }
        WSSecurityEngineResult signature = signatures.get(0);
        @SuppressWarnings("unchecked")
        List<WSDataRef> refs = (List<WSDataRef>) signature.get(WSSecurityEngineResult.TAG_DATA_REF_URIS);
        Set<QName> signed = refs.stream().map(WSDataRef::getName).collect(Collectors.toSet());
        if (!signed.containsAll(Set.of(BODY, TIMESTAMP))) {
            throw new SecurityException("Body and Timestamp not both signed: " + signed);
        }
        X509Certificate certificate = (X509Certificate) signature.get(WSSecurityEngineResult.TAG_X509_CERTIFICATE);
        return new Verified(certificate.getSubjectX500Principal().getName(),
                String.valueOf(signature.get(WSSecurityEngineResult.TAG_SIGNATURE_METHOD)),
                String.valueOf(signature.get(WSSecurityEngineResult.TAG_X509_REFERENCE_TYPE)));
    }

    /** Signs Timestamp and Body with the key {@code alias} of {@code crypto}, the certificate as a BinarySecurityToken. */
    static Document sign(Document envelope, Crypto crypto, String alias, String password) throws Exception {
        return sign(envelope, crypto, alias, password, Duration.ZERO);
    }

    /** As above, with a Timestamp created {@code age} ago (5 minutes to live): a stale answer once age exceeds that. */
    static Document sign(Document envelope, Crypto crypto, String alias, String password, Duration age)
            throws Exception {
        WSSecHeader header = new WSSecHeader(envelope);
        header.insertSecurityHeader();
        WSSecTimestamp timestamp = new WSSecTimestamp(header);
        timestamp.setTimeToLive(300);
        timestamp.setWsTimeSource(() -> Instant.now().minus(age));
        timestamp.build();
        WSSecSignature signature = new WSSecSignature(header);
        signature.setUserInfo(alias, password);
        signature.setKeyIdentifierType(WSConstants.BST_DIRECT_REFERENCE);
        signature.setSignatureAlgorithm(WSConstants.RSA_SHA256);
        signature.setDigestAlgo(WSConstants.SHA256);
        signature.getParts().add(new WSEncryptionPart(TIMESTAMP.getLocalPart(), TIMESTAMP.getNamespaceURI(), "Element"));
        signature.getParts().add(new WSEncryptionPart(BODY.getLocalPart(), BODY.getNamespaceURI(), "Element"));
        return signature.build(crypto);
    }

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static String serialize(Document document) throws Exception {
        StringWriter out = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(document), new StreamResult(out));
        return out.toString();
    }
}

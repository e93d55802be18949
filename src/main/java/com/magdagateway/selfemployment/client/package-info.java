/** MAGDA wire shapes of this service: JAXB reads and writes their fields directly. */
@XmlAccessorType(XmlAccessType.FIELD)
package com.magdagateway.selfemployment.client;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;

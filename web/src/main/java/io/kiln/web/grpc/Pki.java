package io.kiln.web.grpc;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Certificates for development and tests: a CA, and server or client certificates it signs (EC P-256). */
public final class Pki {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Pki() {}

  /** A key and its certificate. */
  public record Issued(X509Certificate certificate, PrivateKey key) {
    public String certificatePem() {
      return pem(certificate);
    }

    public String keyPem() {
      try {
        return pem(new JcaPKCS8Generator(key, null).generate());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public static Issued newCa(String commonName, Instant notBefore, Instant notAfter) {
    try {
      KeyPair pair = keyPair();
      X500Name name = new X500Name("CN=" + commonName);
      var builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(notBefore), Date.from(notAfter), name,
          pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return new Issued(sign(builder, pair.getPrivate()), pair.getPrivate());
    } catch (Exception e) {
      throw new IllegalStateException("Could not make a CA", e);
    }
  }

  /** A certificate signed by {@code ca}: for a server (with these DNS names and addresses) or for a client. */
  public static Issued issue(Issued ca, String commonName, boolean server, List<String> hostNames,
                             Instant notBefore, Instant notAfter) {
    try {
      KeyPair pair = keyPair();
      var builder = new JcaX509v3CertificateBuilder(ca.certificate(), serial(), Date.from(notBefore),
          Date.from(notAfter), new X500Name("CN=" + commonName), pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(Extension.keyUsage, true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      builder.addExtension(Extension.extendedKeyUsage, false,
          new ExtendedKeyUsage(server ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
      if (server) {
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(hostNames.stream()
            .map(h -> new GeneralName(h.matches("[0-9.]+|.*:.*") ? GeneralName.iPAddress : GeneralName.dNSName, h))
            .toArray(GeneralName[]::new)));
      }
      return new Issued(sign(builder, ca.key()), pair.getPrivate());
    } catch (Exception e) {
      throw new IllegalStateException("Could not issue a certificate for " + commonName, e);
    }
  }

  public static String pem(Object object) {
    try (StringWriter out = new StringWriter(); JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
      writer.flush();
      return out.toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey signer) throws Exception {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer)));
  }

  private static BigInteger serial() {
    return new BigInteger(63, RANDOM);
  }
}

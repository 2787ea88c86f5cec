package io.kiln.infra.audit;

import java.util.Base64;

/** The PEM text form of DER bytes. */
final class Pem {
  private Pem() {}

  static String encode(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  static byte[] decode(String label, String pem) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = pem.indexOf(begin);
    int to = pem.indexOf(end);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("not a PEM " + label);
    }
    return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
  }
}

package io.kiln.domain.catalog;

import io.kiln.domain.KilnException;
import java.util.regex.Pattern;

/** What makes runtime and resource-profile definitions acceptable. */
public final class CatalogRules {
  public static final long MAX_CPU_MILLIS = 1_024_000;
  public static final long MAX_MEMORY_MIB = 16L * 1024 * 1024;
  public static final int MAX_GPUS = 64;
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,62}");
  private static final Pattern IMAGE = Pattern.compile(
      "[a-z0-9]+([._-][a-z0-9]+)*(:[0-9]+)?(/[a-z0-9]+([._-][a-z0-9]+)*)*(:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?"
          + "(@sha256:[a-f0-9]{64})?");
  private static final Pattern KERNEL = Pattern.compile("[a-z][a-z0-9.+-]{0,31}");
  private static final Pattern GPU_TYPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");

  private CatalogRules() {}

  public static void checkName(String name) {
    if (name == null || !NAME.matcher(name).matches() || !name.strip().equals(name)) {
      throw KilnException.invalid("name", "must be 1–63 letters, digits, spaces, '.', '_' or '-', starting with a "
          + "letter or digit");
    }
  }

  public static void checkImage(String image) {
    if (image == null || image.length() > 512 || !IMAGE.matcher(image).matches()) {
      throw KilnException.invalid("image", "must be an image reference such as registry.example.com/ml/python:3.11");
    }
  }

  public static void checkKernel(String kernel) {
    if (kernel == null || !KERNEL.matcher(kernel).matches()) {
      throw KilnException.invalid("kernel", "must be a kernel name such as python3.11 or r4.4");
    }
  }

  public static void checkResources(long cpuMillis, long memoryMiB, int gpus, String gpuType) {
    if (cpuMillis < 1 || cpuMillis > MAX_CPU_MILLIS) {
      throw KilnException.invalid("cpuMillis", "must be between 1 and " + MAX_CPU_MILLIS);
    }
    if (memoryMiB < 1 || memoryMiB > MAX_MEMORY_MIB) {
      throw KilnException.invalid("memoryMiB", "must be between 1 and " + MAX_MEMORY_MIB);
    }
    if (gpus < 0 || gpus > MAX_GPUS) {
      throw KilnException.invalid("gpus", "must be between 0 and " + MAX_GPUS);
    }
    if (gpuType != null && (gpus == 0 || !GPU_TYPE.matcher(gpuType).matches())) {
      throw KilnException.invalid("gpuType", "needs GPUs, and is letters, digits, '.', '_' or '-'");
    }
  }
}

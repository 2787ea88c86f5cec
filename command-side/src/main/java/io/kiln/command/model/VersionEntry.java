package io.kiln.command.model;

/** A model version as deployments see it: its number and the image, pinned by its digest. */
public record VersionEntry(int number, String image, String digest) {
  public String pinnedImage() {
    return image + "@" + digest;
  }
}

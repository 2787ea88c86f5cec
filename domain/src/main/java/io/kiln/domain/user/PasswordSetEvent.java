package io.kiln.domain.user;

import org.axonframework.serialization.Revision;

/** The user's password was set (the hash itself is kept apart, in the command side's password table). */
@Revision("1")
public record PasswordSetEvent(String userId, boolean viaLink) {}

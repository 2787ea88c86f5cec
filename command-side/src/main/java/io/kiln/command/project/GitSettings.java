package io.kiln.command.project;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code kiln.git.*}: whether projects may be cloned from {@code file:} URLs (this machine's repositories). */
@ConfigurationProperties("kiln.git")
public record GitSettings(@DefaultValue("false") boolean allowFileUrls) {}

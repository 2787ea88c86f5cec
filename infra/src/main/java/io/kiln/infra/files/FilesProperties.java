package io.kiln.infra.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kiln.files.*}: where project files live ({@code KILN_PROJECT_FILES_ROOT}; unset: {@code KILN_HOME/projects}
 * with local compute, none with Kubernetes until the NFS export is mounted there) and the largest upload.
 */
@ConfigurationProperties("kiln.files")
public record FilesProperties(String root, @DefaultValue("1GB") DataSize maxUpload) {}

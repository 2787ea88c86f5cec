package io.kiln.bench;

import io.kiln.domain.project.ProjectCreatedEvent;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The columns of a real stored {@link ProjectCreatedEvent}, for a baseline row of exactly the same size. */
public record StoredEventSample(String aggregateType, String payloadType, String payloadRevision, byte[] payload,
                                byte[] metadata) {

  public static StoredEventSample latest(DataSource dataSource) {
    return new JdbcTemplate(dataSource).queryForObject("""
        select type, payloadtype, payloadrevision, payload, metadata from eventstore.domainevententry
        where payloadtype = ? order by globalindex desc limit 1""",
        (rs, row) -> new StoredEventSample(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4),
            rs.getBytes(5)),
        ProjectCreatedEvent.class.getName());
  }
}

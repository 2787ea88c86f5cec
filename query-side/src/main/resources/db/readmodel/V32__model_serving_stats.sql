-- Calls to models through Kiln, per model version, added up in batches (about one write per second and Kiln
-- replica): not a projection of events, so replays leave it alone. latency_buckets counts calls per latency bucket
-- (io.kiln.domain.serving.LatencyBuckets).
CREATE TABLE readmodel.model_serving_stats (
    model_id         UUID                     NOT NULL,
    model_version    INTEGER                  NOT NULL,
    requests         BIGINT                   NOT NULL,
    errors           BIGINT                   NOT NULL,
    latency_ms_total BIGINT                   NOT NULL,
    latency_buckets  BIGINT[]                 NOT NULL,
    last_call_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (model_id, model_version)
);

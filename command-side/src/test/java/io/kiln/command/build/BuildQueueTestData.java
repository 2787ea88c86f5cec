package io.kiln.command.build;

import io.kiln.domain.build.BuildDispatchedEvent;
import io.kiln.domain.build.BuildEnqueuedEvent;
import io.kiln.domain.build.BuildQueueId;
import io.kiln.domain.build.BuildReleasedEvent;
import io.kiln.domain.build.EnqueueBuildCommand;
import io.kiln.domain.build.ReleaseBuildCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * The workspace's build queue with three projects A, B and C; builds are named after their project and their place
 * in its line (A1 is project A's first). At most 3 builds run at once, at most 2 of one project.
 */
final class BuildQueueTestData {
  static final String QUEUE = BuildQueueId.WORKSPACE;
  static final BuildSettings SETTINGS = BuildTestData.SETTINGS;
  /** Limits of 1 and 1: one build at a time in the whole workspace. */
  static final BuildSettings ONE_AT_A_TIME = new BuildSettings(1, 1, Duration.ofMinutes(60), "r.example.com");

  static final String PROJECT_A = "aaaaaaaa-0000-4000-8000-00000000000a";
  static final String PROJECT_B = "bbbbbbbb-0000-4000-8000-00000000000b";
  static final String PROJECT_C = "cccccccc-0000-4000-8000-00000000000c";

  static final QueuedBuild A1 = new QueuedBuild("9d4e1a20-0000-4000-8000-0000000000a1", PROJECT_A);
  static final QueuedBuild A2 = new QueuedBuild("1f7c3b40-0000-4000-8000-0000000000a2", PROJECT_A);
  static final QueuedBuild A3 = new QueuedBuild("e2a95c60-0000-4000-8000-0000000000a3", PROJECT_A);
  static final QueuedBuild A4 = new QueuedBuild("5b0d7e80-0000-4000-8000-0000000000a4", PROJECT_A);
  static final QueuedBuild B1 = new QueuedBuild("c6b2f1a0-0000-4000-8000-0000000000b1", PROJECT_B);
  static final QueuedBuild B2 = new QueuedBuild("07e3a2c0-0000-4000-8000-0000000000b2", PROJECT_B);
  static final QueuedBuild C1 = new QueuedBuild("83f1d4e0-0000-4000-8000-0000000000c1", PROJECT_C);
  static final QueuedBuild C2 = new QueuedBuild("4ac60f00-0000-4000-8000-0000000000c2", PROJECT_C);

  /** A build as the queue knows it: its id and its project. */
  record QueuedBuild(String id, String project) {}

  private BuildQueueTestData() {}

  static AggregateTestFixture<BuildQueue> fixture(BuildSettings settings) {
    AggregateTestFixture<BuildQueue> fixture = new AggregateTestFixture<>(BuildQueue.class);
    fixture.registerInjectableResource(settings);
    return fixture;
  }

  static EnqueueBuildCommand enqueue(QueuedBuild build) {
    return new EnqueueBuildCommand(build.id(), build.project());
  }

  static ReleaseBuildCommand release(QueuedBuild build) {
    return new ReleaseBuildCommand(build.id());
  }

  static BuildEnqueuedEvent enqueued(QueuedBuild build) {
    return new BuildEnqueuedEvent(QUEUE, build.id(), build.project());
  }

  static BuildDispatchedEvent dispatched(QueuedBuild build) {
    return new BuildDispatchedEvent(QUEUE, build.id(), build.project());
  }

  static BuildReleasedEvent released(QueuedBuild build) {
    return new BuildReleasedEvent(QUEUE, build.id());
  }

  /** The events of builds that were enqueued and dispatched at once, in this order. */
  static List<Object> running(QueuedBuild... builds) {
    List<Object> events = new ArrayList<>();
    for (QueuedBuild build : builds) {
      events.add(enqueued(build));
      events.add(dispatched(build));
    }
    return events;
  }

  /** The events of builds that were enqueued and wait, in this order. */
  static List<Object> waiting(QueuedBuild... builds) {
    List<Object> events = new ArrayList<>();
    for (QueuedBuild build : builds) {
      events.add(enqueued(build));
    }
    return events;
  }

  @SafeVarargs
  static List<Object> history(List<Object>... parts) {
    List<Object> events = new ArrayList<>();
    for (List<Object> part : parts) {
      events.addAll(part);
    }
    return events;
  }

  /** A queue instance that has had these events, as the repository would source it. */
  static BuildQueue sourced(List<Object> events) {
    BuildQueue queue = new BuildQueue();
    for (Object event : events) {
      if (event instanceof BuildEnqueuedEvent e) {
        queue.on(e);
      } else if (event instanceof BuildDispatchedEvent e) {
        queue.on(e);
      } else if (event instanceof BuildReleasedEvent e) {
        queue.on(e);
      } else {
        throw new IllegalArgumentException("Not a queue event: " + event);
      }
    }
    return queue;
  }
}

package io.kiln.web.ui;

import io.kiln.domain.build.BuildPage;
import io.kiln.domain.build.BuildView;
import io.kiln.domain.build.ListBuildsQuery;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.api.VisibleModels;
import io.kiln.web.cqrs.LiveCollections;
import io.kiln.web.cqrs.RequestContext;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import reactor.core.publisher.Flux;

/** A model's builds on its page, live: each change (state, queue position) swaps its row, a new build joins. */
@Controller
class BuildRows {
  private static final String ROW = "fragments/build-row";
  private final VisibleModels models;
  private final LiveCollections live;
  private final Fragments fragments;

  BuildRows(VisibleModels models, LiveCollections live, Fragments fragments) {
    this.models = models;
    this.live = live;
    this.fragments = fragments;
  }

  @GetMapping(path = "/models/{modelId}/builds/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  Flux<ServerSentEvent<String>> liveBuilds(@PathVariable String modelId, RequestContext context) {
    return models.find(modelId, context).flatMapMany(model -> live.stream(
            new ListBuildsQuery(null, model.id(), context.actor(), PageRequests.MAX_PAGE_SIZE, null),
            BuildPage.class, BuildPage::items, BuildView.class, b -> b.id() + ":" + b.version() + ":" + b.position())
        .filter(event -> event.data() instanceof BuildView)
        .map(event -> LiveRows.event(fragments.render(ROW, "row", Map.of("b", (BuildView) event.data())),
            event.id())));
  }
}

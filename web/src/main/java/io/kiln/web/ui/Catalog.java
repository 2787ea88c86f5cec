package io.kiln.web.ui;

import io.kiln.domain.catalog.ListResourceProfilesQuery;
import io.kiln.domain.catalog.ListRuntimesQuery;
import io.kiln.domain.catalog.ResourceProfilePage;
import io.kiln.domain.catalog.ResourceProfileView;
import io.kiln.domain.catalog.RuntimePage;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.catalog.RuntimeView;
import io.kiln.domain.quota.FindUsageQuery;
import io.kiln.domain.quota.UsageView;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.web.cqrs.Cqrs;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What a start form offers: the runtimes and profiles one may start with, and how much quota is left. */
@Component
class Catalog {
  private final Cqrs cqrs;

  Catalog(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  Mono<List<RuntimeView>> runtimesFor(String projectId) {
    return runtimes().map(all -> all.stream().filter(r -> r.status() != RuntimeStatus.DISABLED)
        .filter(r -> r.projectId() == null || r.projectId().equals(projectId)).toList());
  }

  Mono<List<RuntimeView>> runtimes() {
    return cqrs.query(new ListRuntimesQuery(PageRequests.MAX_PAGE_SIZE, null),
        ResponseTypes.instanceOf(RuntimePage.class)).map(RuntimePage::items);
  }

  Mono<List<ResourceProfileView>> profiles() {
    return cqrs.query(new ListResourceProfilesQuery(PageRequests.MAX_PAGE_SIZE, null),
        ResponseTypes.instanceOf(ResourceProfilePage.class)).map(ResourceProfilePage::items);
  }

  Mono<List<ResourceProfileView>> activeProfiles() {
    return profiles().map(all -> all.stream().filter(p -> !p.retired()).toList());
  }

  Mono<UsageView> usage(String userId) {
    return cqrs.query(new FindUsageQuery(userId), ResponseTypes.instanceOf(UsageView.class));
  }
}

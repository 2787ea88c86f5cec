package io.kiln.query.catalog;

import static io.kiln.query.jooq.Tables.RESOURCE_PROFILE;
import static io.kiln.query.jooq.Tables.RUNTIME;

import io.kiln.domain.WireNames;
import io.kiln.domain.catalog.Editor;
import io.kiln.domain.catalog.FindResourceProfileQuery;
import io.kiln.domain.catalog.FindRuntimeQuery;
import io.kiln.domain.catalog.ListResourceProfilesQuery;
import io.kiln.domain.catalog.ListRuntimesQuery;
import io.kiln.domain.catalog.ResourceProfilePage;
import io.kiln.domain.catalog.ResourceProfileView;
import io.kiln.domain.catalog.RuntimePage;
import io.kiln.domain.catalog.RuntimeStatus;
import io.kiln.domain.catalog.RuntimeView;
import io.kiln.query.Keyset;
import io.kiln.query.Uuids;
import io.kiln.query.jooq.tables.records.ResourceProfileRecord;
import io.kiln.query.jooq.tables.records.RuntimeRecord;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The workspace catalogue: every user may read it. */
@Component
class CatalogQueryHandler {
  private static final Keyset<String> RUNTIMES = Keyset.byName(RUNTIME.NAME_KEY, RUNTIME.RUNTIME_ID);
  private static final Keyset<String> PROFILES = Keyset.byName(RESOURCE_PROFILE.NAME_KEY, RESOURCE_PROFILE.PROFILE_ID);
  private final DSLContext dsl;

  CatalogQueryHandler(DSLContext dsl) {
    this.dsl = dsl;
  }

  @QueryHandler
  RuntimePage handle(ListRuntimesQuery query) {
    var rows = dsl.selectFrom(RUNTIME).where(RUNTIMES.after(query.pageToken()))
        .orderBy(RUNTIMES.order()).limit(query.pageSize() + 1).fetch();
    var slice = RUNTIMES.slice(rows, query.pageSize(), page -> page.stream().map(CatalogQueryHandler::view).toList());
    return new RuntimePage(slice.items(), slice.nextPageToken());
  }

  @QueryHandler
  Optional<RuntimeView> handle(FindRuntimeQuery query) {
    return Uuids.parse(query.runtimeId())
        .flatMap(id -> dsl.selectFrom(RUNTIME).where(RUNTIME.RUNTIME_ID.eq(id)).fetchOptional())
        .map(CatalogQueryHandler::view);
  }

  @QueryHandler
  ResourceProfilePage handle(ListResourceProfilesQuery query) {
    var rows = dsl.selectFrom(RESOURCE_PROFILE).where(PROFILES.after(query.pageToken()))
        .orderBy(PROFILES.order()).limit(query.pageSize() + 1).fetch();
    var slice = PROFILES.slice(rows, query.pageSize(), page -> page.stream().map(CatalogQueryHandler::view).toList());
    return new ResourceProfilePage(slice.items(), slice.nextPageToken());
  }

  @QueryHandler
  Optional<ResourceProfileView> handle(FindResourceProfileQuery query) {
    return Uuids.parse(query.profileId())
        .flatMap(id -> dsl.selectFrom(RESOURCE_PROFILE).where(RESOURCE_PROFILE.PROFILE_ID.eq(id)).fetchOptional())
        .map(CatalogQueryHandler::view);
  }

  static RuntimeView view(RuntimeRecord r) {
    return new RuntimeView(r.getRuntimeId().toString(), r.getName(), r.getImage(),
        WireNames.parse(Editor.class, r.getEditor()).orElseThrow(), r.getKernel(),
        WireNames.parse(RuntimeStatus.class, r.getStatus()).orElseThrow(),
        r.getProjectId() == null ? null : r.getProjectId().toString(), r.getCreatedAt().toInstant(),
        r.getUpdatedAt().toInstant(), r.getVersion(), r.getLocalCommand(), r.getEditorCommand());
  }

  static ResourceProfileView view(ResourceProfileRecord r) {
    return new ResourceProfileView(r.getProfileId().toString(), r.getName(), r.getCpuMillis(), r.getMemoryMib(),
        r.getGpus(), r.getGpuType(), r.getRetired(), r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant(),
        r.getVersion());
  }

}

package io.kiln.web.api.quota;

import static io.kiln.domain.readmodel.ReadModels.QUOTAS;

import io.kiln.domain.KilnException;
import io.kiln.domain.quota.FindQuotaQuery;
import io.kiln.domain.quota.FindUsageQuery;
import io.kiln.domain.quota.QuotaPolicyId;
import io.kiln.domain.quota.QuotaView;
import io.kiln.domain.quota.ResetUserQuotaCommand;
import io.kiln.domain.quota.SetDefaultQuotaCommand;
import io.kiln.domain.quota.SetUserQuotaCommand;
import io.kiln.domain.quota.UsageView;
import io.kiln.domain.user.FindUserQuery;
import io.kiln.domain.user.UserId;
import io.kiln.domain.user.UserView;
import io.kiln.domain.ErrorCode;
import io.kiln.web.api.Required;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Quotas (administrators set them) and usage (each user sees their own; admins and auditors everyone's). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class QuotaController {
  private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
  private final Cqrs cqrs;

  QuotaController(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  @GetMapping("/quotas/default")
  Mono<QuotaView> defaultQuota() {
    return quota("*");
  }

  @PutMapping(path = "/quotas/default", consumes = JSON)
  Mono<QuotaView> setDefault(@RequestBody QuotaRequest body, RequestContext context) {
    var command = new SetDefaultQuotaCommand(Required.field("cpuMillis", body.cpuMillis()),
        Required.field("memoryMiB", body.memoryMiB()), Required.field("gpus", body.gpus()));
    return cqrs.sendAndAwait(command, context, QUOTAS, QuotaPolicyId.WORKSPACE).then(quota("*"));
  }

  @GetMapping("/users/{id}/quota")
  Mono<QuotaView> userQuota(@PathVariable String id, RequestContext context) {
    String userId = readable(id, context);
    return user(userId).then(quota(userId));
  }

  @PutMapping(path = "/users/{id}/quota", consumes = JSON)
  Mono<QuotaView> setUserQuota(@PathVariable String id, @RequestBody QuotaRequest body, RequestContext context) {
    UserId userId = UserId.parse(id);
    var command = new SetUserQuotaCommand(userId, Required.field("cpuMillis", body.cpuMillis()),
        Required.field("memoryMiB", body.memoryMiB()), Required.field("gpus", body.gpus()));
    return cqrs.sendAndAwait(command, context, QUOTAS, userId.value()).then(quota(userId.value()));
  }

  @DeleteMapping("/users/{id}/quota")
  Mono<QuotaView> resetUserQuota(@PathVariable String id, RequestContext context) {
    UserId userId = UserId.parse(id);
    return cqrs.sendAndAwait(new ResetUserQuotaCommand(userId), context, QUOTAS, userId.value())
        .then(quota(userId.value()));
  }

  @GetMapping("/users/{id}/usage")
  Mono<UsageView> usage(@PathVariable String id, RequestContext context) {
    String userId = readable(id, context);
    return user(userId).then(cqrs.query(new FindUsageQuery(userId), ResponseTypes.instanceOf(UsageView.class)));
  }

  private static String readable(String id, RequestContext context) {
    String userId = UserId.parse(id).value();
    if (!context.actor().is(userId) && !context.actor().seesEverything()) {
      throw KilnException.forbidden("Only administrators and auditors see other users' quotas");
    }
    return userId;
  }

  private Mono<UserView> user(String userId) {
    return cqrs.query(new FindUserQuery(userId), ResponseTypes.optionalInstanceOf(UserView.class))
        .flatMap(Mono::justOrEmpty)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.USER_NOT_FOUND, "User not found")));
  }

  private Mono<QuotaView> quota(String userId) {
    return cqrs.query(new FindQuotaQuery(userId), ResponseTypes.instanceOf(QuotaView.class));
  }
}

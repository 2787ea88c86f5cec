package io.kiln.web.api.user;

import static io.kiln.domain.readmodel.ReadModels.USERS;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.KilnException;
import io.kiln.domain.WireNames;
import io.kiln.domain.readmodel.PageRequests;
import io.kiln.domain.user.ApiKeyList;
import io.kiln.domain.user.ApiKeys;
import io.kiln.domain.user.CreateUserCommand;
import io.kiln.domain.user.FindUserQuery;
import io.kiln.domain.user.IssueApiKeyCommand;
import io.kiln.domain.user.ListApiKeysQuery;
import io.kiln.domain.user.ListUsersQuery;
import io.kiln.domain.user.RevokeApiKeyCommand;
import io.kiln.domain.user.UserId;
import io.kiln.domain.user.UserPage;
import io.kiln.domain.user.UserRole;
import io.kiln.domain.user.UserView;
import io.kiln.web.api.Page;
import io.kiln.web.cqrs.Cqrs;
import io.kiln.web.cqrs.RequestContext;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class UserController {
  private final Cqrs cqrs;

  UserController(Cqrs cqrs) {
    this.cqrs = cqrs;
  }

  @PostMapping(path = "/users", consumes = MediaType.APPLICATION_JSON_VALUE)
  Mono<ResponseEntity<UserResponse>> create(@RequestBody CreateUserRequest body, RequestContext context) {
    UserId id = UserId.newId();
    UserRole role = WireNames.require(UserRole.class, "role", body.role());
    return cqrs.sendAndAwait(new CreateUserCommand(id, body.username(), body.email(), role), context, USERS,
            id.value())
        .flatMap(visible -> visible
            ? find(id.value()).map(u -> ResponseEntity.created(location(id.value())).body(u))
            : Mono.just(ResponseEntity.accepted().location(location(id.value())).build()));
  }

  @GetMapping("/users")
  Mono<Page<UserResponse>> list(@RequestParam(required = false) Integer pageSize,
                                @RequestParam(required = false) String pageToken,
                                @RequestParam(required = false) String search) {
    var query = new ListUsersQuery(PageRequests.search(search), PageRequests.pageSize(pageSize), pageToken);
    return cqrs.query(query, ResponseTypes.instanceOf(UserPage.class))
        .map(page -> new Page<>(page.items().stream().map(UserResponse::of).toList(), page.nextPageToken()));
  }

  @GetMapping("/users/{id}")
  Mono<UserResponse> get(@PathVariable String id) {
    return find(UserId.parse(id).value());
  }

  @GetMapping("/me")
  Mono<UserResponse> me(RequestContext context) {
    return find(context.principal().userId());
  }

  @PostMapping("/users/{id}/api-keys")
  Mono<ResponseEntity<IssuedApiKeyResponse>> issueKey(@PathVariable String id,
                                                      @RequestBody(required = false) IssueApiKeyRequest body,
                                                      RequestContext context) {
    UserId userId = UserId.parse(id);
    IssueApiKeyRequest request = Objects.requireNonNullElse(body, new IssueApiKeyRequest(null, null));
    String secret = ApiKeys.newSecret();
    String keyId = UUID.randomUUID().toString();
    var command = new IssueApiKeyCommand(userId, keyId, request.name(), ApiKeys.hash(secret),
        ApiKeys.displayPrefix(secret), request.expiresAt());
    var issued = new IssuedApiKeyResponse(keyId, userId.value(), request.name(), ApiKeys.displayPrefix(secret),
        secret, request.expiresAt());
    return cqrs.sendAndAwait(command, context, USERS, userId.value())
        .map(visible -> ResponseEntity.status(visible ? HttpStatus.CREATED : HttpStatus.ACCEPTED)
            .location(URI.create("/api/v1/users/" + userId.value() + "/api-keys/" + keyId))
            .body(issued));
  }

  @GetMapping("/users/{id}/api-keys")
  Mono<Page<ApiKeyResponse>> listKeys(@PathVariable String id, RequestContext context) {
    String userId = UserId.parse(id).value();
    if (!context.actor().is(userId) && !context.actor().seesEverything()) {
      return Mono.error(KilnException.forbidden("Only administrators see other users' keys"));
    }
    return find(userId).then(cqrs.query(new ListApiKeysQuery(userId), ResponseTypes.instanceOf(ApiKeyList.class)))
        .map(keys -> new Page<>(keys.items().stream().map(ApiKeyResponse::of).toList(), null));
  }

  @DeleteMapping("/users/{id}/api-keys/{keyId}")
  Mono<ResponseEntity<Void>> revokeKey(@PathVariable String id, @PathVariable String keyId,
                                       RequestContext context) {
    UserId userId = UserId.parse(id);
    return cqrs.sendAndAwait(new RevokeApiKeyCommand(userId, keyId), context, USERS, userId.value())
        .thenReturn(ResponseEntity.noContent().build());
  }

  private Mono<UserResponse> find(String userId) {
    return cqrs.query(new FindUserQuery(userId), ResponseTypes.optionalInstanceOf(UserView.class))
        .flatMap(Mono::justOrEmpty)
        .map(UserResponse::of)
        .switchIfEmpty(Mono.error(() -> new KilnException(ErrorCode.USER_NOT_FOUND, "User not found")));
  }

  private static URI location(String id) {
    return URI.create("/api/v1/users/" + id);
  }
}

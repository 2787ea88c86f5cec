package io.kiln.web.grpc;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Grpc;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.kiln.domain.integration.FindIntegrationQuery;
import io.kiln.domain.integration.IntegrationView;
import java.net.InetSocketAddress;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Names the caller of every gRPC call: the TLS handshake has already checked its certificate against the client CA
 * (and its dates); its common name must be a registered integration that is not revoked.
 */
class IntegrationAuthentication implements ServerInterceptor {
  static final Context.Key<Caller> CALLER = Context.key("kiln-integration");
  private final QueryGateway queries;

  IntegrationAuthentication(QueryGateway queries) {
    this.queries = queries;
  }

  /** An authenticated integration, and the address it called from. */
  record Caller(IntegrationView integration, String address) {
    String actor() {
      return "system:integration:" + integration.name();
    }
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                                                     ServerCallHandler<Q, R> next) {
    Optional<String> name = commonName(call.getAttributes().get(Grpc.TRANSPORT_ATTR_SSL_SESSION));
    Optional<IntegrationView> integration = name.flatMap(this::find).filter(i -> !i.revoked());
    if (integration.isEmpty()) {
      call.close(Status.UNAUTHENTICATED.withDescription(name.map(n -> "No integration named " + n
          + " is registered (or it is revoked)").orElse("A client certificate with a common name is required")),
          new Metadata());
      return new ServerCall.Listener<>() {};
    }
    var remote = call.getAttributes().get(Grpc.TRANSPORT_ATTR_REMOTE_ADDR);
    String address = remote instanceof InetSocketAddress inet && inet.getAddress() != null
        ? inet.getAddress().getHostAddress() : null;
    Context context = Context.current().withValue(CALLER, new Caller(integration.get(), address));
    return Contexts.interceptCall(context, call, headers, next);
  }

  private Optional<IntegrationView> find(String name) {
    try {
      return queries.query(new FindIntegrationQuery(name), ResponseTypes.optionalInstanceOf(IntegrationView.class))
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      return Optional.empty();
    }
  }

  static Optional<String> commonName(SSLSession session) {
    if (session == null) {
      return Optional.empty();
    }
    try {
      Certificate[] chain = session.getPeerCertificates();
      if (chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
        return Optional.empty();
      }
      for (Rdn rdn : new LdapName(leaf.getSubjectX500Principal().getName()).getRdns()) {
        if (rdn.getType().equalsIgnoreCase("CN")) {
          return Optional.of(rdn.getValue().toString());
        }
      }
      return Optional.empty();
    } catch (SSLPeerUnverifiedException | javax.naming.InvalidNameException e) {
      return Optional.empty();
    }
  }
}

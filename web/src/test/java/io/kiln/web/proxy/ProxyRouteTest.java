package io.kiln.web.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProxyRouteTest {

  @Test
  void pathsNameASessionOrAnApplicationAndWhatFollows() {
    assertThat(ProxyRoute.of("/sessions/abc-1/lab/tree")).hasValueSatisfying(r -> {
      assertThat(r.kind()).isEqualTo(ProxyRoute.Kind.SESSION);
      assertThat(r.name()).isEqualTo("abc-1");
      assertThat(r.target(false)).isEqualTo("/lab/tree");
      assertThat(r.target(true)).isEqualTo("/sessions/abc-1/lab/tree");
    });
    assertThat(ProxyRoute.of("/apps/dash")).hasValueSatisfying(r -> assertThat(r.rest()).isNull());
    assertThat(ProxyRoute.of("/projects/x")).isEmpty();
  }

  @Test
  void anApplicationsOwnHostUnderTheAppsDomainServesItsWholePath() {
    assertThat(ProxyRoute.ofHost("Dash-1.Apps.Example.com:8443", "/a/b", "apps.example.com"))
        .hasValueSatisfying(r -> {
          assertThat(r.kind()).isEqualTo(ProxyRoute.Kind.APPLICATION);
          assertThat(r.name()).isEqualTo("dash-1");
          assertThat(r.target(false)).isEqualTo("/a/b");
          assertThat(r.target(true)).isEqualTo("/a/b");
        });
    assertThat(ProxyRoute.ofHost("dash.apps.example.com", "", "apps.example.com"))
        .hasValueSatisfying(r -> assertThat(r.target(false)).isEqualTo("/"));
  }

  @Test
  void otherHostsAndNoAppsDomainAreNotApplications() {
    assertThat(ProxyRoute.ofHost("kiln.example.com", "/", "apps.example.com")).isEmpty();
    assertThat(ProxyRoute.ofHost("apps.example.com", "/", "apps.example.com")).isEmpty();
    assertThat(ProxyRoute.ofHost("a.b.apps.example.com", "/", "apps.example.com")).isEmpty();
    assertThat(ProxyRoute.ofHost("evilapps.example.com", "/", "apps.example.com")).isEmpty();
    assertThat(ProxyRoute.ofHost("dash.apps.example.com", "/", "")).isEmpty();
    assertThat(ProxyRoute.ofHost(null, "/", "apps.example.com")).isEmpty();
  }
}

package io.kiln.command;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.FieldViolation;
import io.kiln.domain.KilnException;
import java.util.List;
import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Matchers for the {@link KilnException} a refused command throws. */
public final class KilnMatchers {
  private KilnMatchers() {}

  public static Matcher<Throwable> kilnError(ErrorCode code) {
    return new TypeSafeDiagnosingMatcher<>() {
      @Override
      protected boolean matchesSafely(Throwable item, Description mismatch) {
        if (!(item instanceof KilnException e)) {
          mismatch.appendText("was ").appendValue(item);
          return false;
        }
        if (e.code() != code) {
          mismatch.appendText("had code ").appendValue(e.code()).appendText(" (").appendText(e.getMessage())
              .appendText(")");
          return false;
        }
        return true;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a KilnException with code ").appendValue(code);
      }
    };
  }

  /** A {@code VALIDATION_FAILED} that names exactly this one field. */
  public static Matcher<Throwable> invalidField(String field) {
    return new TypeSafeDiagnosingMatcher<>() {
      @Override
      protected boolean matchesSafely(Throwable item, Description mismatch) {
        if (!kilnError(ErrorCode.VALIDATION_FAILED).matches(item)) {
          kilnError(ErrorCode.VALIDATION_FAILED).describeMismatch(item, mismatch);
          return false;
        }
        List<String> fields = ((KilnException) item).violations().stream().map(FieldViolation::field).toList();
        if (!fields.equals(List.of(field))) {
          mismatch.appendText("named fields ").appendValue(fields);
          return false;
        }
        return true;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a KilnException VALIDATION_FAILED on field ").appendValue(field);
      }
    };
  }

  /** A {@code QUOTA_EXCEEDED} whose details name the resource and the numbers: asked, already in use, allowed. */
  public static Matcher<Throwable> quotaExceeded(String resource, long requested, long inUse, long limit) {
    Map<String, Object> expected = Map.of("resource", resource, "requested", requested, "inUse", inUse,
        "limit", limit);
    return new TypeSafeDiagnosingMatcher<>() {
      @Override
      protected boolean matchesSafely(Throwable item, Description mismatch) {
        if (!kilnError(ErrorCode.QUOTA_EXCEEDED).matches(item)) {
          kilnError(ErrorCode.QUOTA_EXCEEDED).describeMismatch(item, mismatch);
          return false;
        }
        Map<String, Object> details = ((KilnException) item).details();
        if (!details.equals(expected)) {
          mismatch.appendText("had details ").appendValue(details);
          return false;
        }
        return true;
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("a KilnException QUOTA_EXCEEDED with details ").appendValue(expected);
      }
    };
  }
}

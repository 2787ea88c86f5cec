package io.kiln.command;

import io.kiln.domain.ErrorCode;
import io.kiln.domain.FieldViolation;
import io.kiln.domain.KilnException;
import java.util.List;
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
}

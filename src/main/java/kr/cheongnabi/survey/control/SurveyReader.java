package kr.cheongnabi.survey.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import kr.cheongnabi.platform.control.JsonBuilders;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.survey.entity.Scale;
import kr.cheongnabi.survey.entity.SurveyArea;
import kr.cheongnabi.survey.entity.SurveyDefinition;
import kr.cheongnabi.survey.entity.SurveyItem;
import kr.cheongnabi.survey.entity.SurveyKind;

/**
 * Reads a survey file (format {@value #FORMAT}, described in README, "Integrity surveys") and
 * checks all of it, collecting every problem rather than stopping at the first.
 */
public final class SurveyReader {

  public static final String FORMAT = "cheongnabi-survey/1";
  static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  static final int TEXT_MAX = 1000;
  static final int TITLE_MAX = 200;

  /** Reads one file; {@code file} is its name as shown to the author. */
  public SurveyRead read(String file, String content) {
    return new Reading(file).read(content);
  }

  private static final class Reading {
    private final String file;
    private final List<SurveyProblem> problems = new ArrayList<>();
    private final Set<String> itemKeys = new HashSet<>();
    private int itemNumber;

    Reading(String file) {
      this.file = file;
    }

    SurveyRead read(String content) {
      JsonObject root;
      try (var reader = JsonBuilders.reader(new StringReader(content))) {
        root = reader.readObject();
      } catch (JsonParsingException e) {
        var at = e.getLocation();
        problem(
            "line " + at.getLineNumber() + ", column " + at.getColumnNumber(),
            "not valid JSON (" + e.getMessage() + ")");
        return new SurveyRead(null, problems);
      } catch (JsonException | IllegalStateException e) {
        problem("$", "not a JSON object (" + e.getMessage() + ")");
        return new SurveyRead(null, problems);
      }
      String format = string(root, "$", "format", 40);
      if (format != null && !FORMAT.equals(format)) {
        problem("$.format", "must be \"" + FORMAT + "\", not \"" + format + "\"");
      }
      String key = key(root, "$", "key");
      SurveyKind kind = kind(root);
      Bilingual title = text(root, "$", "title", TITLE_MAX, true);
      Bilingual intro = text(root, "$", "intro", TEXT_MAX, false);
      List<SurveyArea> areas = areas(root);
      unknownFields(root, "$", "format", "key", "kind", "title", "intro", "areas");
      return problems.isEmpty()
          ? new SurveyRead(new SurveyDefinition(key, kind, title, intro, areas), List.of())
          : new SurveyRead(null, problems);
    }

    private SurveyKind kind(JsonObject root) {
      String kind = string(root, "$", "kind", 20);
      if (kind == null) {
        return null;
      }
      for (SurveyKind k : SurveyKind.values()) {
        if (k.name().equalsIgnoreCase(kind)) {
          return k;
        }
      }
      problem("$.kind", "must be \"internal\" or \"external\", not \"" + kind + "\"");
      return null;
    }

    private List<SurveyArea> areas(JsonObject root) {
      JsonArray array = array(root, "$", "areas");
      List<SurveyArea> areas = new ArrayList<>();
      if (array == null) {
        return areas;
      }
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        String path = "$.areas[" + i + "]";
        if (!(array.get(i) instanceof JsonObject area)) {
          problem(path, "must be an object");
          continue;
        }
        String key = key(area, path, "key");
        if (key != null && !keys.add(key)) {
          problem(path + ".key", "\"" + key + "\" names another area already");
        }
        Bilingual title = text(area, path, "title", TITLE_MAX, true);
        double weight = weight(area, path);
        List<SurveyItem> items = items(area, path);
        unknownFields(area, path, "key", "title", "weight", "items");
        areas.add(new SurveyArea(key, title, weight, items));
      }
      return areas;
    }

    private List<SurveyItem> items(JsonObject area, String areaPath) {
      JsonArray array = array(area, areaPath, "items");
      List<SurveyItem> items = new ArrayList<>();
      if (array == null) {
        return items;
      }
      for (int i = 0; i < array.size(); i++) {
        String path = areaPath + ".items[" + i + "]";
        if (!(array.get(i) instanceof JsonObject item)) {
          problem(path, "must be an object");
          continue;
        }
        String key = key(item, path, "key");
        if (key != null && !itemKeys.add(key)) {
          problem(path + ".key", "\"" + key + "\" names another item already");
        }
        Bilingual text = text(item, path, "text", TEXT_MAX, true);
        Scale scale = scale(item, path);
        double weight = weight(item, path);
        boolean reversed = reversed(item, path, scale);
        unknownFields(item, path, "key", "text", "scale", "weight", "reverse");
        items.add(new SurveyItem(++itemNumber, key, text, scale, weight, reversed));
      }
      return items;
    }

    private Scale scale(JsonObject item, String path) {
      String name = string(item, path, "scale", 20);
      if (name == null) {
        return null;
      }
      Scale scale = Scale.ofFileName(name);
      if (scale == null) {
        problem(
            path + ".scale",
            "must be one of likert5, likert7, yesno, experienced, not \"" + name + "\"");
      }
      return scale;
    }

    private boolean reversed(JsonObject item, String path, Scale scale) {
      JsonValue value = item.get("reverse");
      if (value == null) {
        return false;
      }
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        problem(path + ".reverse", "must be true or false");
        return false;
      }
      boolean reversed = value == JsonValue.TRUE;
      if (reversed && scale == Scale.EXPERIENCED) {
        problem(
            path + ".reverse",
            "an experienced item cannot be reversed: having experienced corruption always scores 0");
      }
      return reversed;
    }

    /** Optional, 1 when absent; more than 0 and at most 100. */
    private double weight(JsonObject object, String path) {
      JsonValue value = object.get("weight");
      if (value == null) {
        return 1;
      }
      if (!(value instanceof JsonNumber number)) {
        problem(path + ".weight", "must be a number");
        return 1;
      }
      double weight = number.doubleValue();
      if (!(weight > 0 && weight <= 100)) {
        problem(path + ".weight", "must be more than 0 and at most 100, not " + number);
      }
      return weight;
    }

    private String key(JsonObject object, String path, String field) {
      String key = string(object, path, field, 40);
      if (key != null && !KEY.matcher(key).matches()) {
        problem(
            path + "." + field,
            "\""
                + key
                + "\" must be 1 to 40 lower-case letters, digits or hyphens, starting with a letter");
        return null;
      }
      return key;
    }

    private Bilingual text(
        JsonObject object, String path, String field, int max, boolean required) {
      JsonValue value = object.get(field);
      String at = path + "." + field;
      if (value == null) {
        if (required) {
          problem(at, "is missing (an object with \"ko\" and \"en\")");
        }
        return null;
      }
      if (!(value instanceof JsonObject texts)) {
        problem(at, "must be an object with \"ko\" and \"en\"");
        return null;
      }
      String ko = string(texts, at, "ko", max);
      String en = string(texts, at, "en", max);
      unknownFields(texts, at, "ko", "en");
      return ko == null || en == null ? null : new Bilingual(ko, en);
    }

    /** A required, non-blank string of at most {@code max} characters, or null (reported). */
    private String string(JsonObject object, String path, String field, int max) {
      JsonValue value = object.get(field);
      String at = path + "." + field;
      if (value == null) {
        problem(at, "is missing");
        return null;
      }
      if (!(value instanceof JsonString text)) {
        problem(at, "must be a string");
        return null;
      }
      String s = text.getString().strip();
      if (s.isEmpty()) {
        problem(at, "is empty");
        return null;
      }
      if (s.length() > max) {
        problem(at, "is " + s.length() + " characters long; the most is " + max);
        return null;
      }
      return s;
    }

    private JsonArray array(JsonObject object, String path, String field) {
      JsonValue value = object.get(field);
      String at = path + "." + field;
      if (!(value instanceof JsonArray array)) {
        problem(at, value == null ? "is missing" : "must be a list");
        return null;
      }
      if (array.isEmpty()) {
        problem(at, "is empty");
        return null;
      }
      return array;
    }

    private void unknownFields(JsonObject object, String path, String... known) {
      var allowed = Set.of(known);
      object.keySet().stream()
          .filter(k -> !allowed.contains(k))
          .sorted()
          .forEach(
              k ->
                  problem(
                      path + "." + k,
                      "is not a field of this format (known: " + String.join(", ", known) + ")"));
    }

    private void problem(String where, String what) {
      problems.add(new SurveyProblem(file, where, what));
    }
  }
}

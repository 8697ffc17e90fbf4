package kr.cheongnabi.cases.control;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kr.cheongnabi.cases.entity.IntegrityCase;
import kr.cheongnabi.cases.entity.Law;
import kr.cheongnabi.people.entity.DutyArea;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.RichText;

/**
 * A case as employees read it: its texts as safe HTML, made once when the page loads; each part in
 * the reader's language, or in Korean where it has no English.
 *
 * @param areas the names of its duty areas, in the list's order
 */
public record CaseView(
    String key,
    Part title,
    Part situation,
    Part rule,
    Part conduct,
    Part lawReference,
    List<Bilingual> areas,
    List<Law> laws)
    implements Serializable {

  /**
   * One part of a case in both languages, as HTML for the texts and as plain text for the title and
   * the law; the English falls back to the Korean.
   *
   * @param en the English, or null where there is none
   */
  public record Part(String ko, String en) implements Serializable {

    /** The part for readers of this language code: English, or Korean where there is none. */
    public String in(String language) {
      return Locale.KOREAN.getLanguage().equals(language) || en == null ? ko : en;
    }

    /** The language the part is shown in, for the {@code lang} attribute of its element. */
    public String lang(String language) {
      return Locale.KOREAN.getLanguage().equals(language) || en == null ? "ko" : "en";
    }

    static Part plain(Bilingual text) {
      return new Part(text.ko(), text.en());
    }

    static Part html(Bilingual text, CaseDraft draft) {
      RichText english = draft.rich(text.en());
      return new Part(draft.rich(text.ko()).html(), english == null ? null : english.html());
    }
  }

  /** The view of a case; {@code areas} names the duty areas by code. */
  public static CaseView of(IntegrityCase c, Map<String, DutyArea> areas) {
    var draft = c.draft();
    return new CaseView(
        c.getKey(),
        Part.plain(c.getTitle()),
        Part.html(c.getSituation(), draft),
        Part.html(c.getRule(), draft),
        Part.html(c.getConduct(), draft),
        Part.plain(c.getLawReference()),
        areas.values().stream()
            .filter(a -> c.getDutyAreas().contains(a.getCode()))
            .map(DutyArea::getName)
            .toList(),
        c.getLaws().stream().sorted().toList());
  }

  /** Whether a reader of English sees some of it in Korean. */
  public boolean hasKoreanOnlyParts() {
    return title.en() == null
        || situation.en() == null
        || rule.en() == null
        || conduct.en() == null
        || lawReference.en() == null;
  }
}

package kr.cheongnabi.learning.boundary;

import kr.cheongnabi.learning.control.LessonDraft;
import kr.cheongnabi.learning.entity.LessonKind;
import kr.cheongnabi.quiz.control.TextFormat;

/** The lesson being written in trainer/module.xhtml; a new one has no id until it is saved. */
public class LessonForm extends TitlesForm {

  private static final long serialVersionUID = 1L;

  private Long id;
  private int number;
  private LessonKind kind;
  private TextFormat bodyFormat;
  private String bodyKo;
  private String bodyEn;
  private String url;
  private String caseKey;
  private String fileName;
  private long fileSize;

  static LessonForm of(Long id, int number, LessonDraft draft) {
    var form = new LessonForm();
    form.id = id;
    form.number = number;
    form.kind = draft.kind();
    form.setTitleKo(draft.titleKo());
    form.setTitleEn(draft.titleEn());
    form.bodyFormat = draft.bodyFormat();
    form.bodyKo = draft.bodyKo();
    form.bodyEn = draft.bodyEn();
    form.url = draft.url();
    form.caseKey = draft.caseKey();
    return form;
  }

  LessonDraft toDraft() {
    return new LessonDraft(
        kind, getTitleKo(), getTitleEn(), bodyFormat, bodyKo, bodyEn, url, caseKey);
  }

  void savedAs(long id) {
    this.id = id;
  }

  /** The file the stored lesson has now, if any. */
  void showFile(String fileName, long fileSize) {
    this.fileName = fileName;
    this.fileSize = fileSize;
  }

  public String getFileName() {
    return fileName;
  }

  public long getFileSize() {
    return fileSize;
  }

  public Long getId() {
    return id;
  }

  public boolean isNew() {
    return id == null;
  }

  public int getNumber() {
    return number;
  }

  public LessonKind getKind() {
    return kind;
  }

  public TextFormat getBodyFormat() {
    return bodyFormat;
  }

  public void setBodyFormat(TextFormat bodyFormat) {
    this.bodyFormat = bodyFormat;
  }

  public String getBodyKo() {
    return bodyKo;
  }

  public void setBodyKo(String bodyKo) {
    this.bodyKo = bodyKo;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  /** The key of the integrity case the lesson offers to read, or blank for none. */
  public String getCaseKey() {
    return caseKey;
  }

  public void setCaseKey(String caseKey) {
    this.caseKey = caseKey;
  }
}

package kr.cheongnabi.learning.boundary;

import java.io.Serializable;

/** The Korean and English titles of a module or lesson, as a form edits them. */
public class TitlesForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String titleKo;
  private String titleEn;

  public String getTitleKo() {
    return titleKo;
  }

  public void setTitleKo(String titleKo) {
    this.titleKo = titleKo;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }
}

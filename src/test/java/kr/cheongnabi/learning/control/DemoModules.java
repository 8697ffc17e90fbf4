package kr.cheongnabi.learning.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import kr.cheongnabi.learning.entity.LessonKind;
import kr.cheongnabi.learning.entity.TrainingModule;
import kr.cheongnabi.platform.entity.Bilingual;
import kr.cheongnabi.quiz.control.QuizCatalogue;
import kr.cheongnabi.quiz.control.TextFormat;

/**
 * Three published modules for the developer run (never in the production WAR), written on the facts
 * of the graft act, the conflict-of-interest act and whistleblower protection, two with the bundled
 * quiz on the same law as final quiz. Loaded once: not when any module exists.
 */
@Startup
@Singleton
@DependsOn({"DemoOrganisation", "QuizFilesAtStartUp"})
public class DemoModules {

  private static final Logger LOG = Logger.getLogger(DemoModules.class.getName());

  /** A module's texts and lessons. */
  record Demo(
      String key,
      String titleKo,
      String titleEn,
      String descriptionKo,
      String descriptionEn,
      int minutes,
      String quizKey,
      List<LessonDraft> lessons) {}

  @PersistenceContext EntityManager em;
  @Inject QuizCatalogue quizzes;

  @PostConstruct
  void load() {
    if (!em.createNamedQuery(TrainingModule.ALL, TrainingModule.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      return;
    }
    DEMOS.forEach(this::store);
    LOG.info(() -> "Demo modules loaded: " + DEMOS.stream().map(Demo::key).toList());
  }

  private void store(Demo demo) {
    var module = new TrainingModule(demo.key(), new Bilingual(demo.titleKo(), demo.titleEn()));
    var quizId = demo.quizKey() == null ? null : quizzes.idOf(demo.quizKey()).orElse(null);
    module.change(
        new ModuleSettings(
            demo.titleKo(),
            demo.titleEn(),
            TextFormat.MARKDOWN,
            demo.descriptionKo(),
            demo.descriptionEn(),
            demo.minutes(),
            quizId,
            null,
            null,
            true,
            Set.of()));
    demo.lessons().forEach(module::addLesson);
    module.publish(true);
    em.persist(module);
  }

  private static LessonDraft text(String titleKo, String titleEn, String bodyKo, String bodyEn) {
    return new LessonDraft(
        LessonKind.TEXT, titleKo, titleEn, TextFormat.MARKDOWN, bodyKo, bodyEn, null);
  }

  private static LessonDraft link(String titleKo, String titleEn, String url) {
    return new LessonDraft(LessonKind.LINK, titleKo, titleEn, null, null, null, url);
  }

  static final List<Demo> DEMOS =
      List.of(
          new Demo(
              "graft-act-basics",
              "청탁금지법 기초",
              "Graft Act basics",
              "「부정청탁 및 금품등 수수의 금지에 관한 법률」(청탁금지법)의 음식물·경조사비·선물 기준과 금지되는 금품을"
                  + " 사례로 익힙니다. 마지막에 OX 퀴즈를 통과하면 과정을 마칩니다.",
              "The limits of the Improper Solicitation and Graft Act for meals, congratulatory and"
                  + " condolence money and gifts, and what is never allowed, with cases. The"
                  + " module ends with an OX quiz.",
              30,
              "graft-act",
              List.of(
                  text(
                      "음식물 한도는 5만 원",
                      "The meal limit is 50,000 KRW",
                      """
                      공직자가 직무와 관련된 사람에게서 받을 수 있는 **음식물**의 가액 한도는
                      **2024년 8월 27일**에 3만 원에서 **5만 원**으로 올랐습니다.

                      - 한도는 *상한*일 뿐입니다. 지금 처리하고 있는 인허가의 신청인처럼 직무와
                        밀접한 사람이 사는 식사는 금액이 적어도 받지 않습니다.
                      - 1인당 5만 5천 원짜리 저녁은 한도를 넘으므로 정중히 거절하거나 각자 계산합니다.
                      """,
                      """
                      The value of a **meal** a public official may accept from someone connected
                      with their duties went up from 30,000 KRW to **50,000 KRW** on
                      **27 August 2024**.

                      - The limit is only a *ceiling*. A meal from someone whose application you
                        are handling right now is refused even if it costs less.
                      - A dinner at 55,000 KRW per person is over the limit: decline politely, or
                        let everyone pay for their own.
                      """),
                  text(
                      "경조사비와 선물",
                      "Congratulatory money and gifts",
                      """
                      - **현금 경조사비**(축의금·조의금)는 **5만 원**까지입니다(2018년 1월 17일부터).
                        화환이나 조화만 보낼 때는 10만 원까지입니다.
                      - **상품권**은 선물로 받을 수 없습니다(2018년 1월 17일부터).
                      - **농수산물 선물**은 **15만 원**까지, 설·추석 기간에는 **30만 원**까지입니다.
                      """,
                      """
                      - **Cash** for weddings and funerals is limited to **50,000 KRW** (since
                        17 January 2018); a wreath or flowers sent on their own may cost up to
                        100,000 KRW.
                      - **Gift certificates** are not permitted gifts (since 17 January 2018).
                      - **Agricultural and fishery products** may be given up to **150,000 KRW**,
                        and up to **300,000 KRW** in the holiday periods.
                      """),
                  text(
                      "직무와 상관없이 금지되는 금품",
                      "What is never allowed",
                      """
                      같은 사람에게서 **한 번에 100만 원**, 또는 **한 회계연도에 300만 원**을 넘는
                      금품을 받는 것은 **직무와 관련이 없어도** 금지됩니다.

                      이미 받았다면 바로 돌려주고 소속 기관에 신고합니다.
                      """,
                      """
                      Receiving more than **1 million KRW at once**, or more than **3 million KRW
                      in a fiscal year**, from one person is prohibited **whatever the connection
                      to your duties**.

                      If you have already received it, return it at once and report it to your
                      organisation.
                      """))),
          new Demo(
              "conflict-of-interest",
              "이해충돌방지법",
              "Conflict of interest",
              "2022년 5월 19일 시행된 「공직자의 이해충돌 방지법」의 신고·제출 의무 5가지와 제한·금지 행위 5가지를" + " 살펴봅니다.",
              "The Act on the Prevention of Conflict of Interest of Public Servants, in force since"
                  + " 19 May 2022: its five duties to report and five prohibitions.",
              30,
              "conflict-of-interest",
              List.of(
                  text(
                      "누가, 언제부터",
                      "Who, and since when",
                      """
                      이해충돌방지법은 **2022년 5월 19일**부터 시행되었습니다. 약 **14,900개** 기관의
                      공직자 약 **200만 명**이 적용을 받습니다.
                      """,
                      """
                      The act has been in force since **19 May 2022**. It covers about
                      **2 million** officials in about **14,900** institutions.
                      """),
                  text(
                      "사적 이해관계는 14일 안에 신고",
                      "Report a private interest within 14 days",
                      """
                      직무 관련자가 나와 사적 이해관계가 있다는 것을 **안 날부터 14일 안에** 소속
                      기관장에게 서면으로 신고하고 회피를 신청해야 합니다.

                      법은 **신고·제출 의무 5가지**와 **제한·금지 행위 5가지**를 정하고 있습니다.
                      """,
                      """
                      When someone you deal with in your duties has a private interest with you,
                      report it in writing to the head of your institution, and ask to step aside,
                      **within 14 days** of learning of it.

                      The act sets **five duties to report** and **five prohibitions**.
                      """),
                  link(
                      "법령 원문 읽기(국가법령정보센터)",
                      "Read the act (Korean Law Information Center)",
                      "https://www.law.go.kr/%EB%B2%95%EB%A0%B9/"
                          + "%EA%B3%B5%EC%A7%81%EC%9E%90%EC%9D%98%EC%9D%B4%ED%95%B4%EC%B6%A9%EB%8F%8C"
                          + "%EB%B0%A9%EC%A7%80%EB%B2%95"))),
          new Demo(
              "whistleblower-protection",
              "공익신고자 보호",
              "Whistleblower protection",
              "부패와 공익침해를 신고한 사람은 법으로 보호받고 보상을 받을 수 있습니다.",
              "People who report corruption or acts harming the public interest are protected by"
                  + " law and can be rewarded.",
              15,
              null,
              List.of(
                  text(
                      "신고자는 보호받습니다",
                      "Reporters are protected",
                      """
                      부패 신고와 공익 신고를 한 사람은 신분 비밀이 보장되고, 신고를 이유로 한 불이익
                      조치로부터 보호받으며, 보상금이나 포상금을 받을 수 있습니다.
                      """,
                      """
                      People who report corruption or acts harming the public interest have their
                      identity kept secret, are protected against any disadvantage for reporting,
                      and can receive compensation or a reward.
                      """),
                  text(
                      "서울시의 신고 창구",
                      "Where to report in Seoul",
                      """
                      서울시는 **공익제보센터**와 **시민감사관 제도**를 운영합니다. 알게 된 부패나
                      공익침해는 이 창구로 신고합니다.
                      """,
                      """
                      Seoul runs a **public-interest whistleblowing centre** and a **citizen audit
                      system**. Corruption or harm to the public interest you learn of is reported
                      there.
                      """))));
}

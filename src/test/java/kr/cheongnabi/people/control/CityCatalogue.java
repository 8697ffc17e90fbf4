package kr.cheongnabi.people.control;

import java.util.List;

/**
 * The names the generated city is made of: the bureaus, divisions, districts and community centres
 * of a Korean metropolitan city. The city itself is fictional so that demo data never passes for a
 * real organisation's.
 */
public final class CityCatalogue {

  /**
   * A unit name in both languages, split so that repeats can be numbered the Korean way (세무과, 세무2과,
   * …).
   */
  record Name(String koStem, String koSuffix, String enStem, String enSuffix) {

    String ko(int round) {
      return koStem + (round == 0 ? "" : round + 1) + koSuffix;
    }

    String en(int round) {
      return enStem + enSuffix + (round == 0 ? "" : " " + (round + 1));
    }

    Name team(Name teamKind) {
      return new Name(koStem + teamKind.koStem, "팀", enStem + " " + teamKind.enStem, " Team");
    }
  }

  record Bureau(Name name, List<Name> divisions) {}

  static final Name CITY = new Name("청렴", "시", "Cheongnam", " City");

  // Small organisations take the first bureaus and divisions, so these lead: the people who run
  // integrity training (청렴담당관) and keep the roster (인사과).
  static final List<Bureau> BUREAUS =
      List.of(
          bureau(
              n("기획조정", "실", "Planning and Coordination", " Office"),
              n("기획", "담당관", "Planning", " Officer"),
              n("예산", "담당관", "Budget", " Officer"),
              n("조직", "담당관", "Organisation", " Officer"),
              n("법무", "담당관", "Legal Affairs", " Officer")),
          bureau(
              n("행정", "국", "Administration", " Bureau"),
              n("인사", "과", "Personnel", " Division"),
              n("총무", "과", "General Affairs", " Division"),
              n("정보화", "과", "Information Technology", " Division")),
          bureau(
              n("감사", "위원회", "Audit", " Committee"),
              n("청렴", "담당관", "Integrity", " Office"),
              n("감사", "담당관", "Audit", " Officer"),
              n("조사", "담당관", "Investigation", " Officer")),
          bureau(
              n("재무", "국", "Finance", " Bureau"),
              n("재무", "과", "Finance", " Division"),
              n("세무", "과", "Taxation", " Division"),
              n("회계", "과", "Accounting", " Division"),
              n("계약", "과", "Contracts", " Division")),
          bureau(
              n("복지정책", "실", "Welfare Policy", " Office"),
              n("복지정책", "과", "Welfare Policy", " Division"),
              n("노인복지", "과", "Senior Welfare", " Division"),
              n("장애인복지", "과", "Disability Welfare", " Division"),
              n("아동가족", "과", "Children and Family", " Division")),
          bureau(
              n("도시교통", "실", "Urban Transport", " Office"),
              n("교통정책", "과", "Transport Policy", " Division"),
              n("버스정책", "과", "Bus Policy", " Division"),
              n("주차계획", "과", "Parking Planning", " Division"),
              n("도로관리", "과", "Road Management", " Division")),
          bureau(
              n("문화", "본부", "Culture", " Headquarters"),
              n("문화정책", "과", "Culture Policy", " Division"),
              n("관광체육", "과", "Tourism and Sports", " Division"),
              n("도서관", "과", "Libraries", " Division")),
          bureau(
              n("기후환경", "본부", "Climate and Environment", " Headquarters"),
              n("환경정책", "과", "Environmental Policy", " Division"),
              n("자원순환", "과", "Resource Recycling", " Division"),
              n("녹지공원", "과", "Parks and Green Spaces", " Division")),
          bureau(
              n("안전총괄", "실", "Safety Management", " Office"),
              n("안전총괄", "과", "Safety Coordination", " Division"),
              n("재난대응", "과", "Disaster Response", " Division")),
          bureau(
              n("경제정책", "실", "Economic Policy", " Office"),
              n("일자리정책", "과", "Employment Policy", " Division"),
              n("소상공인", "과", "Small Business", " Division"),
              n("투자유치", "과", "Investment Promotion", " Division")));

  static final List<Name> TEAM_KINDS =
      List.of(
          n("기획", "", "Planning", ""),
          n("운영", "", "Operations", ""),
          n("지원", "", "Support", ""),
          n("관리", "", "Management", ""),
          n("정책", "", "Policy", ""),
          n("협력", "", "Partnership", ""));

  static final List<Name> DISTRICTS =
      List.of(
          n("동", "구청", "East", " District Office"),
          n("서", "구청", "West", " District Office"),
          n("남", "구청", "South", " District Office"),
          n("북", "구청", "North", " District Office"),
          n("중", "구청", "Central", " District Office"),
          n("솔빛", "구청", "Solbit", " District Office"),
          n("한빛", "구청", "Hanbit", " District Office"),
          n("가람", "구청", "Garam", " District Office"));

  static final List<Name> DISTRICT_DIVISIONS =
      List.of(
          n("총무", "과", "General Affairs", " Division"),
          n("민원여권", "과", "Civil Petitions and Passports", " Division"),
          n("복지정책", "과", "Welfare Policy", " Division"),
          n("세무", "과", "Taxation", " Division"),
          n("건축", "과", "Building", " Division"),
          n("환경", "과", "Environment", " Division"),
          n("교통행정", "과", "Transport Administration", " Division"),
          n("감사", "담당관", "Audit", " Officer"));

  static final List<Name> NEIGHBOURHOODS =
      List.of(
          n("청운", "동 행정복지센터", "Cheongun-dong", " Community Service Centre"),
          n("효자", "동 행정복지센터", "Hyoja-dong", " Community Service Centre"),
          n("사직", "동 행정복지센터", "Sajik-dong", " Community Service Centre"),
          n("삼청", "동 행정복지센터", "Samcheong-dong", " Community Service Centre"),
          n("부암", "동 행정복지센터", "Buam-dong", " Community Service Centre"),
          n("평창", "동 행정복지센터", "Pyeongchang-dong", " Community Service Centre"),
          n("무악", "동 행정복지센터", "Muak-dong", " Community Service Centre"),
          n("교남", "동 행정복지센터", "Gyonam-dong", " Community Service Centre"),
          n("가회", "동 행정복지센터", "Gahoe-dong", " Community Service Centre"),
          n("혜화", "동 행정복지센터", "Hyehwa-dong", " Community Service Centre"),
          n("이화", "동 행정복지센터", "Ihwa-dong", " Community Service Centre"),
          n("창신", "동 행정복지센터", "Changsin-dong", " Community Service Centre"));

  private CityCatalogue() {}

  private static Name n(String koStem, String koSuffix, String enStem, String enSuffix) {
    return new Name(koStem, koSuffix, enStem, enSuffix);
  }

  private static Bureau bureau(Name name, Name... divisions) {
    return new Bureau(name, List.of(divisions));
  }
}

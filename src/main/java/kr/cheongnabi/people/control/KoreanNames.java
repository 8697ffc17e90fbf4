package kr.cheongnabi.people.control;

import java.util.Random;

/** Plausible Korean full names, surnames weighted by how common they are. */
final class KoreanNames {

  private static final String[] SURNAMES = {
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류",
    "홍"
  };

  // Per mille of the population (2015 census), which keeps 김, 이 and 박 about half of all names.
  private static final int[] SURNAME_WEIGHTS = {
    215, 147, 84, 47, 43, 24, 21, 21, 20, 17, 15, 15, 15, 15, 14, 14, 14, 13, 12, 11
  };

  private static final String FIRST_SYLLABLES = "민서지현준수영성하예도윤정은재승유채동상혜소태경진주다시나우";
  private static final String SECOND_SYLLABLES = "준호민우현진영수아연은윤원희빈서혁훈석율린경미정철용기";

  private static final int[] CUMULATIVE = cumulative(SURNAME_WEIGHTS);

  private KoreanNames() {}

  static String next(Random random) {
    int pick = random.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
    int i = 0;
    while (CUMULATIVE[i] <= pick) {
      i++;
    }
    return SURNAMES[i]
        + FIRST_SYLLABLES.charAt(random.nextInt(FIRST_SYLLABLES.length()))
        + SECOND_SYLLABLES.charAt(random.nextInt(SECOND_SYLLABLES.length()));
  }

  private static int[] cumulative(int[] weights) {
    int[] sums = new int[weights.length];
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      sums[i] = sum;
    }
    return sums;
  }
}

package fi.retki.client.app.state;

import static org.assertj.core.api.Assertions.assertThat;

import fi.retki.scenes.live.Nicknames;
import org.junit.jupiter.api.Test;

class LimitedDocumentTest {
  @Test
  void typingPastTheLimit_takesNoMoreCharacters() {
    LimitedDocument nickname = new LimitedDocument(Nicknames.MAX, "");
    String seventy = "abcdefghij".repeat(7);
    for (char c : seventy.toCharArray()) {
      nickname.insert(c);
    }
    assertThat(nickname.getText()).isEqualTo(seventy.substring(0, Nicknames.MAX));
    nickname.backspace();
    nickname.insert("xyz");
    assertThat(nickname.getText()).isEqualTo(seventy.substring(0, Nicknames.MAX - 1) + "x");
  }

  @Test
  void countsCharactersAsTheServerDoes_aCharacterBeyond16BitsIsOne() {
    LimitedDocument nickname = new LimitedDocument(3, "");
    for (char c : "ä😀öå".toCharArray()) {
      nickname.insert(c);
    }
    assertThat(nickname.getText()).isEqualTo("ä😀ö");
    assertThat(Nicknames.clean(nickname.getText())).isNotNull();
  }

  @Test
  void aTextGivenAtTheStart_isCutToTheLimit() {
    assertThat(new LimitedDocument(20, "x".repeat(70)).getText()).hasSize(20);
    assertThat(new LimitedDocument(20, null).getText()).isEmpty();
  }
}

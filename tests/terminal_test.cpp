#include "base/terminal.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <optional>
#include <string>

namespace gd {
namespace {

TEST(Terminal, NamesOfUtf8Locales) {
  EXPECT_TRUE(names_utf8("en_US.UTF-8"));
  EXPECT_TRUE(names_utf8("C.utf8"));
  EXPECT_TRUE(names_utf8("de_DE.utf-8@euro"));
  EXPECT_FALSE(names_utf8("C"));
  EXPECT_FALSE(names_utf8("POSIX"));
  EXPECT_FALSE(names_utf8("en_US.ISO-8859-1"));
  EXPECT_FALSE(names_utf8(nullptr));
}

/// Sets an environment variable for one test, and puts it back.
class Environment {
 public:
  Environment(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value)
      setenv(name, value, 1);
    else
      unsetenv(name);
  }
  ~Environment() {
    if (old_)
      setenv(name_, old_->c_str(), 1);
    else
      unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(Terminal, TheLocaleIsTheFirstOfLcAllLcCtypeAndLang) {
  Environment all("LC_ALL", nullptr), ctype("LC_CTYPE", nullptr), lang("LANG", "C.UTF-8");
  EXPECT_TRUE(observe_surroundings().utf8);
  {
    Environment c("LC_CTYPE", "C");  // before LANG
    EXPECT_FALSE(observe_surroundings().utf8);
    Environment empty("LC_ALL", "");  // empty: not set
    EXPECT_FALSE(observe_surroundings().utf8);
    Environment utf8("LC_ALL", "en_GB.UTF-8");
    EXPECT_TRUE(observe_surroundings().utf8);
  }
}

TEST(Terminal, NoColorCountsWhenNotEmpty) {
  {
    Environment set("NO_COLOR", "1");
    EXPECT_TRUE(observe_surroundings().no_color);
  }
  {
    Environment empty("NO_COLOR", "");
    EXPECT_FALSE(observe_surroundings().no_color);
  }
}

TEST(Terminal, UnderCtestNeitherStreamIsATerminal) {
  if (isatty(1) || isatty(2)) GTEST_SKIP() << "run from a terminal: nothing to check here";
  const Surroundings around = observe_surroundings();
  EXPECT_FALSE(around.out_is_terminal);
  EXPECT_FALSE(around.err_is_terminal);
  EXPECT_FALSE(around.out_size);
  EXPECT_FALSE(around.err_size);
}

}  // namespace
}  // namespace gd

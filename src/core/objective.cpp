#include "core/objective.h"

#include <fmt/format.h>
#include <muParser.h>

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>

#include "core/natural_order.h"

namespace gd {
namespace {

// muParser 2.3.3 defines _pi as 3.141592653589; gd uses the full doubles,
// for _pi and _e and for pi and e, which muParser leaves to be variables.
constexpr double kPi = 3.14159265358979323846;
constexpr double kE = 2.71828182845904523536;
// muParser refuses longer names (MaxLenIdentifier, muParserDef.h).
constexpr std::size_t kMaxNameLength = 100;

bool is_identifier_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
}
bool is_identifier_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
}
bool is_identifier(const std::string& name) {
  return !name.empty() && is_identifier_start(name[0]) &&
         std::all_of(name.begin(), name.end(), is_identifier_char);
}

/// Refusals muParser would not make itself: it skips control characters,
/// and it treats "x1=5" as an assignment rather than a value.
void check_text(const std::string& text) {
  if (text.find_first_not_of(' ') == std::string::npos)
    throw ExpressionError("--expr: the expression is empty");
  if (text.size() > kMaxExpressionLength)
    throw ExpressionError(
        fmt::format("--expr: the expression is {} characters long; muParser "
                    "accepts at most {}",
                    text.size(), kMaxExpressionLength));
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 || byte == 0x7f)
      throw ExpressionError(fmt::format("--expr: control character 0x{:02x}", byte), i);
    if (byte >= 0x80)
      throw ExpressionError("--expr: non-ASCII character (muParser reads only ASCII)", i);
  }
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '=') continue;
    if (i + 1 < text.size() && text[i + 1] == '=') {  // "==" compares
      ++i;
      continue;
    }
    char before = i > 0 ? text[i - 1] : ' ';
    if (before == '<' || before == '>' || before == '!') continue;  // "<=", ">=", "!="
    bool compound = before == '+' || before == '-' || before == '*' || before == '/';
    std::size_t start = compound ? i - 1 : i;
    throw ExpressionError(
        fmt::format("--expr: assignment \"{}\" is not allowed; the expression must be a value",
                    text.substr(start, i + 1 - start)),
        start);
  }
}

/// Where `name` first stands as a whole identifier in `text`.
std::optional<std::size_t> find_identifier(const std::string& text, const std::string& name) {
  for (auto at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
    const bool starts = at == 0 || !is_identifier_char(text[at - 1]);
    const bool ends =
        at + name.size() == text.size() || !is_identifier_char(text[at + name.size()]);
    if (starts && ends) return at;
  }
  return std::nullopt;
}

/// The first comma outside parentheses: where a second result begins.
std::optional<std::size_t> top_level_comma(const std::string& text) {
  int depth = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    if (text[i] == ')') --depth;
    if (text[i] == ',' && depth == 0) return i;
  }
  return std::nullopt;
}

/// muParser's message without its "at position N" part (gd shows a caret),
/// starting in lower case as the rest of gd's messages do.
std::string strip_position(std::string message) {
  for (const char* phrase :
       {" found at position", " at expression position", " at position", " (position:"}) {
    auto at = message.find(phrase);
    if (at != std::string::npos) message.erase(at);
  }
  while (!message.empty() && std::string(". !").find(message.back()) != std::string::npos)
    message.pop_back();
  if (!message.empty()) message[0] = static_cast<char>(std::tolower(message[0]));
  return message;
}

ExpressionError translate(const mu::ParserError& error, const std::string& text,
                          const mu::Parser& parser) {
  std::optional<std::size_t> position;
  if (error.GetPos() >= 0)
    position = std::min(static_cast<std::size_t>(error.GetPos()), text.size());

  // "foo(x)": muParser took foo for a variable and complains about "(".
  if (error.GetCode() == mu::ecUNEXPECTED_PARENS && position && *position < text.size() &&
      text[*position] == '(') {
    std::size_t end = *position;
    while (end > 0 && text[end - 1] == ' ') --end;
    std::size_t begin = end;
    while (begin > 0 && is_identifier_char(text[begin - 1])) --begin;
    std::string name = text.substr(begin, end - begin);
    if (is_identifier(name) && parser.GetFunDef().count(name) == 0)
      return ExpressionError(fmt::format("--expr: unknown function \"{}\"", name), begin);
  }
  std::string message = strip_position(error.GetMsg());
  // muParser appends a space to the expression; it shows in quoted tokens.
  const std::string token = error.GetToken();
  const std::string shown = token.substr(0, token.find_last_not_of(' ') + 1);
  if (!shown.empty() && shown.size() < token.size()) {
    const auto quoted = message.find('"' + token + '"');
    if (quoted != std::string::npos) message.replace(quoted, token.size() + 2, '"' + shown + '"');
  }
  // muParser sometimes names the token before the one at fault ("+-*/":
  // "-" for the "*" at column 3): name none rather than the wrong one.
  if (error.GetCode() == mu::ecUNEXPECTED_OPERATOR && position && !shown.empty() &&
      text.compare(*position, shown.size(), shown) != 0) {
    const auto quoted = message.find(" \"" + shown + '"');
    if (quoted != std::string::npos) message.erase(quoted, shown.size() + 3);
  }
  if (error.GetCode() == mu::ecINTERNAL_ERROR)  // muParser's word for "-", "x*-", "x?1:,2"
    message = "incomplete or malformed expression";
  if (error.GetCode() == mu::ecIDENTIFIER_TOO_LONG)
    message = fmt::format("a name is longer than muParser's {} characters", kMaxNameLength);
  return ExpressionError("--expr: " + message, position);
}

/// pi and e, unless --vars names them (then they are variables) or
/// --define does (then they are what it says).
void define_pi_and_e(mu::Parser& parser, const ExpressionSpec& spec) {
  const auto& order = spec.variable_order;
  for (const auto& constant : {std::pair<std::string, double>{"pi", kPi}, {"e", kE}}) {
    const bool defined =
        std::any_of(spec.constants.begin(), spec.constants.end(),
                    [&](const auto& other) { return other.first == constant.first; });
    if (!defined && std::find(order.begin(), order.end(), constant.first) == order.end())
      parser.DefineConst(constant.first, constant.second);
  }
}

std::unique_ptr<mu::Parser> make_parser(const ExpressionSpec& spec) {
  auto parser = std::make_unique<mu::Parser>();
  parser->DefineConst("_pi", kPi);
  parser->DefineConst("_e", kE);
  std::set<std::string> defined;
  for (const auto& [name, value] : spec.constants) {
    if (!is_identifier(name))
      throw ExpressionError(fmt::format(
          "--define: \"{}\" is not a name (letters, digits and _, not starting with a digit)",
          name));
    if (name.size() > kMaxNameLength)
      throw ExpressionError(
          fmt::format("--define: a name of {} characters; muParser takes at most {}", name.size(),
                      kMaxNameLength));
    if (parser->GetFunDef().count(name))
      throw ExpressionError(
          fmt::format("--define: \"{}\" clashes with the built-in function {}", name, name));
    if (parser->GetConst().count(name) && !defined.count(name))
      throw ExpressionError(
          fmt::format("--define: \"{}\" clashes with the built-in constant {}", name, name));
    if (!defined.insert(name).second)
      throw ExpressionError(fmt::format("--define: \"{}\" is defined twice", name));
    try {
      parser->DefineConst(name, value);
    } catch (const mu::ParserError& error) {
      throw ExpressionError(fmt::format("--define: \"{}\": {}", name, error.GetMsg()));
    }
  }
  define_pi_and_e(*parser, spec);
  return parser;
}

/// Storage for the variables muParser meets while it looks for them.
double* add_variable(const char* /*name*/, void* storage) {
  auto& cells = *static_cast<std::deque<double>*>(storage);
  cells.push_back(0.0);
  return &cells.back();
}

std::vector<std::string> used_variables(const ExpressionSpec& spec) {
  auto parser = make_parser(spec);
  std::deque<double> storage;
  parser->SetVarFactory(add_variable, &storage);
  std::vector<std::string> names;
  try {
    parser->SetExpr(spec.text);
    for (const auto& entry : parser->GetUsedVar()) names.push_back(entry.first);
  } catch (const mu::ParserError& error) {
    throw translate(error, spec.text, *parser);
  }
  for (const auto& name : names) {
    // muParser hands numbers it cannot read (1e400, 1e) to the variable factory.
    if (!is_identifier(name))
      throw ExpressionError(
          fmt::format("--expr: \"{}\" is not a valid number, or is out of range", name),
          spec.text.find(name));
    // Without parentheses a function name reads as a variable ("sin+x").
    if (parser->GetFunDef().count(name))
      throw ExpressionError(
          fmt::format("--expr: \"{}\" is a function; call it as {}(...)", name, name),
          find_identifier(spec.text, name));
  }
  return names;
}

std::vector<std::string> order_variables(std::vector<std::string> used,
                                         const std::vector<std::string>& requested) {
  if (requested.empty()) {
    std::sort(used.begin(), used.end(), natural_less);
    return used;
  }
  std::set<std::string> listed;
  for (const auto& name : requested) {
    if (!listed.insert(name).second)
      throw ExpressionError(fmt::format("--vars: \"{}\" is listed twice", name));
    if (std::find(used.begin(), used.end(), name) == used.end())
      throw ExpressionError(
          fmt::format("--vars: \"{}\" is not a variable of the expression (it uses: {})", name,
                      fmt::join(used, ", ")));
  }
  for (const auto& name : used)
    if (!listed.count(name))
      throw ExpressionError(
          fmt::format("--vars: the expression uses \"{}\", which --vars does not list", name));
  return requested;
}

}  // namespace

Objective::Objective() = default;
Objective::Objective(Objective&&) noexcept = default;
Objective& Objective::operator=(Objective&&) noexcept = default;
Objective::~Objective() = default;

Objective Objective::compile(const ExpressionSpec& spec) {
  check_text(spec.text);
  std::vector<std::string> names = order_variables(used_variables(spec), spec.variable_order);
  if (names.empty())
    throw ExpressionError(
        "--expr: the expression has no variables, so there is nothing to minimize");

  Objective objective;
  objective.parser_ = make_parser(spec);
  objective.variables_ = std::move(names);
  objective.point_.assign(objective.variables_.size(), 0.0);
  int results = 0;
  try {
    for (std::size_t i = 0; i < objective.variables_.size(); ++i)
      objective.parser_->DefineVar(objective.variables_[i], &objective.point_[i]);
    objective.parser_->SetExpr(spec.text);
    objective.parser_->Eval(results);  // parses once; later calls run bytecode
  } catch (const mu::ParserError& error) {
    throw translate(error, spec.text, *objective.parser_);
  }
  if (results != 1)
    throw ExpressionError(
        fmt::format("--expr: the expression gives {} results (separated by commas); gd needs one",
                    results),
        top_level_comma(spec.text));
  return objective;
}

std::size_t Objective::cost() const {
  // compile() has evaluated f once, so the bytecode is built.
  return std::max<std::size_t>(parser_->GetByteCode().GetSize(), 1);
}

void Objective::set_point(const std::vector<double>& x) {
  if (x.size() != point_.size())
    throw std::invalid_argument(
        fmt::format("a point of {} values for {} variables", x.size(), point_.size()));
  std::copy(x.begin(), x.end(), point_.begin());  // never reallocates: muParser points into it
}

}  // namespace gd

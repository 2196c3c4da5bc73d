#include "output/history_format.h"

#include <cmath>
#include <iterator>

#include "base/format.h"

namespace gd {
namespace {

void append(fmt::memory_buffer& out, const char* text) {
  out.append(text, text + std::char_traits<char>::length(text));
}

void append_separated_row(fmt::memory_buffer& out, char separator, const Row& row,
                          const RunColumns* run, const SummaryColumns* summary) {
  if (run) {
    fmt::format_to(std::back_inserter(out), "{}{}{}{}", run->run, separator, run->optimizer,
                   separator);
    append_number(out, run->learning_rate);
    out.push_back(separator);
  }
  fmt::format_to(std::back_inserter(out), "{}", row.step);
  out.push_back(separator);
  append_number(out, row.f);
  for (double coordinate : row.x) {
    out.push_back(separator);
    append_number(out, coordinate);
  }
  out.push_back(separator);
  append_number(out, row.grad_norm);
  if (summary)
    fmt::format_to(std::back_inserter(out), "{0}{1}{0}{2}{0}{3}{0}{4}", separator, summary->stop,
                   summary->evaluations, summary->verdict, summary->point);
  out.push_back('\n');
}

void append_json_number(fmt::memory_buffer& out, double value) {
  if (std::isfinite(value))
    append_number(out, value);
  else
    append(out, "null");
}

// Variable names are muParser identifiers ([A-Za-z0-9_]), so they need no
// quoting in CSV and no escaping in JSON.
void append_json_row(fmt::memory_buffer& out, const std::vector<std::string>& variables,
                     const Row& row, const RunColumns* run, const SummaryColumns* summary) {
  out.push_back('{');
  if (run) {
    fmt::format_to(std::back_inserter(out), "\"run\":{},\"optimizer\":\"{}\",\"lr\":", run->run,
                   run->optimizer);
    append_number(out, run->learning_rate);
    out.push_back(',');
  }
  fmt::format_to(std::back_inserter(out), "\"step\":{},\"f\":", row.step);
  append_json_number(out, row.f);
  for (std::size_t i = 0; i < variables.size(); ++i) {
    fmt::format_to(std::back_inserter(out), ",\"{}\":", variables[i]);
    append_json_number(out, row.x[i]);
  }
  append(out, ",\"grad_norm\":");
  append_json_number(out, row.grad_norm);
  if (summary)
    fmt::format_to(std::back_inserter(out),
                   ",\"stop\":\"{}\",\"evaluations\":{},\"verdict\":\"{}\",\"point\":\"{}\"",
                   summary->stop, summary->evaluations, summary->verdict, summary->point);
  append(out, "}\n");
}

}  // namespace

const char* const kFixedColumns[3] = {"step", "f", "grad_norm"};
const char* const kRunColumns[3] = {"run", "optimizer", "lr"};
const char* const kSummaryColumns[4] = {"stop", "evaluations", "verdict", "point"};

void append_header(fmt::memory_buffer& out, DataFormat format,
                   const std::vector<std::string>& variables, bool with_runs, bool summary) {
  if (format == DataFormat::jsonl) return;
  const char separator = format == DataFormat::csv ? ',' : '\t';
  if (with_runs)
    for (const char* column : kRunColumns) {
      append(out, column);
      out.push_back(separator);
    }
  append(out, "step");
  out.push_back(separator);
  append(out, "f");
  for (const auto& name : variables) {
    out.push_back(separator);
    out.append(name.data(), name.data() + name.size());
  }
  out.push_back(separator);
  append(out, "grad_norm");
  if (summary)
    for (const char* column : kSummaryColumns) {
      out.push_back(separator);
      append(out, column);
    }
  out.push_back('\n');
}

void append_row(fmt::memory_buffer& out, DataFormat format,
                const std::vector<std::string>& variables, const Row& row, const RunColumns* run,
                const SummaryColumns* summary) {
  switch (format) {
    case DataFormat::csv: return append_separated_row(out, ',', row, run, summary);
    case DataFormat::tsv: return append_separated_row(out, '\t', row, run, summary);
    case DataFormat::jsonl: return append_json_row(out, variables, row, run, summary);
  }
}

}  // namespace gd

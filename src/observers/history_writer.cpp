#include "observers/history_writer.h"

#include <algorithm>
#include <utility>

#include "core/run.h"
#include "output/describe.h"
#include "output/fd_output.h"
#include "output/verdict_words.h"

namespace gd {

RunColumns run_columns(const RunSpec& run) {
  return {run.index, method_name(run.settings.method), run.settings.learning_rate};
}

HistoryWriter::HistoryWriter(FdOutput& out, DataFormat format, std::vector<std::string> variables,
                             bool with_runs, bool header, std::uint64_t every)
    : out_(out),
      format_(format),
      variables_(std::move(variables)),
      with_runs_(with_runs),
      every_(std::max<std::uint64_t>(every, 1)) {
  if (header) append_header(out_.buffer(), format_, variables_, with_runs_);
}

void HistoryWriter::begin(const RunSpec& run) {
  run_ = run_columns(run);
  pending_.reset();
}

Next HistoryWriter::on_row(const Row& row) {
  if (row.step % every_ != 0) {  // kept aside: written if it turns out to be the last
    if (!pending_) pending_ = Snapshot{};
    pending_->keep(row);
    return Next::go_on;
  }
  pending_.reset();
  append_row(out_.buffer(), format_, variables_, row, with_runs_ ? &run_ : nullptr);
  out_.flush_if_full();
  return out_.failed() ? Next::stop_closed : Next::go_on;
}

void HistoryWriter::end(const RunResult&) {
  if (!pending_) return;
  append_row(out_.buffer(), format_, variables_, pending_->row(), with_runs_ ? &run_ : nullptr);
  pending_.reset();
  out_.flush_if_full();
}

SummaryWriter::SummaryWriter(FdOutput& out, DataFormat format, std::vector<std::string> variables,
                             bool header, const DescentSettings& settings)
    : out_(out), format_(format), variables_(std::move(variables)), settings_(settings) {
  if (header) append_header(out_.buffer(), format_, variables_, true, true);
}

void SummaryWriter::end(const RunResult& result) {
  const RunColumns columns = run_columns(result.spec);
  const SummaryColumns summary{
      stop_word(result, settings_), result.evaluations, ending_word(result.verdict.ending),
      stands_at_a_point(result.verdict) ? point_word(result.verdict.end.kind()) : "none"};
  append_row(out_.buffer(), format_, variables_, result.descent.last.row(), &columns, &summary);
}

}  // namespace gd

#pragma once

#include <fmt/format.h>

#include <string>
#include <vector>

#include "descent.h"

namespace gd {

class FdOutput;

/// Machine-readable history formats.
enum class DataFormat { csv, tsv, jsonl };

/// The columns every history has besides the variables; a variable may not
/// take one of these names, or a row would have two columns of that name.
extern const char* const kFixedColumns[3];  // step, f, grad_norm

/// The shortest text that reads back to the same double; "nan", "inf",
/// "-inf" for the others (never "-nan").
void append_number(fmt::memory_buffer& out, double value);
/// append_number, as a string.
std::string format_number(double value);

/// "step,f,<variables>,grad_norm" and a newline; nothing for jsonl.
void append_header(fmt::memory_buffer& out, DataFormat format,
                   const std::vector<std::string>& variables);

/// One history row and a newline. In jsonl, non-finite numbers are null.
void append_row(fmt::memory_buffer& out, DataFormat format,
                const std::vector<std::string>& variables, const Row& row);

/// Streams every row to an output as it is computed: memory does not grow
/// with the number of steps.
class HistoryWriter : public Observer {
 public:
  /// Writes the header at once.
  HistoryWriter(FdOutput& out, DataFormat format, std::vector<std::string> variables);
  /// False once the output can no longer be written.
  bool on_row(const Row& row) override;

 private:
  FdOutput& out_;
  DataFormat format_;
  std::vector<std::string> variables_;
};

}  // namespace gd

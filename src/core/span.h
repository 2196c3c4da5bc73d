#pragma once

#include <cstddef>
#include <type_traits>
#include <vector>

namespace gd {

/// A fixed-length view of contiguous values (C++17 has no std::span).
/// gd hands out the objective's point as a Span: its values may change, its
/// storage may not, because muParser holds pointers into it.
template <typename T>
class Span {
 public:
  Span(T* data, std::size_t size) : data_(data), size_(size) {}
  /// From a vector: mutable views from mutable vectors, const views from any.
  template <typename Vector, typename = std::enable_if_t<std::is_convertible_v<
                                 decltype(std::declval<Vector&>().data()), T*>>>
  Span(Vector& values) : data_(values.data()), size_(values.size()) {}  // NOLINT: implicit
  /// A const view of a mutable one.
  template <typename U, typename = std::enable_if_t<std::is_same_v<const U, T>>>
  Span(Span<U> other) : data_(other.data()), size_(other.size()) {}  // NOLINT: implicit

  T* data() const { return data_; }
  std::size_t size() const { return size_; }
  T& operator[](std::size_t i) const { return data_[i]; }
  T* begin() const { return data_; }
  T* end() const { return data_ + size_; }
  std::vector<std::remove_const_t<T>> to_vector() const { return {begin(), end()}; }

 private:
  T* data_;
  std::size_t size_;
};

}  // namespace gd

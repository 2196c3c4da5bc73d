#!/usr/bin/env python3
"""The book's gradient descent (Deep Learning from Scratch, ch. 4:
numerical_gradient and gradient_descent), for whole-process comparisons:
    python3 book_numpy.py STEPS
runs it on f(x) = x1^2 + x2^2 from (-3, 4) with lr 0.1 and prints f at the end."""
import sys

import numpy as np


def function_2(x):
    return x[0] ** 2 + x[1] ** 2


def numerical_gradient(f, x):
    h = 1e-4
    grad = np.zeros_like(x)
    for idx in range(x.size):
        tmp_val = x[idx]
        x[idx] = tmp_val + h
        fxh1 = f(x)
        x[idx] = tmp_val - h
        fxh2 = f(x)
        grad[idx] = (fxh1 - fxh2) / (2 * h)
        x[idx] = tmp_val
    return grad


def gradient_descent(f, init_x, lr=0.01, step_num=100):
    x = init_x
    for _ in range(step_num):
        grad = numerical_gradient(f, x)
        x -= lr * grad
    return x


if __name__ == "__main__":
    steps = int(float(sys.argv[1])) if len(sys.argv) > 1 else 100000
    x = gradient_descent(function_2, np.array([-3.0, 4.0]), lr=0.1, step_num=steps)
    print(function_2(x))

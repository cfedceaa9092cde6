"""XLSForm expressions through elementpath: operators, ODK functions, errors."""

from __future__ import annotations

import datetime

import pytest

from dialogs.survey.expressions import (
    ExpressionError,
    compile_expression,
    evaluate,
    holds,
    references,
    to_xpath,
)
from dialogs.survey.patterns import nested_quantifier

TODAY = datetime.date(2024, 5, 15)


def check(source: str, current: object = "", **variables: object) -> bool:
    return holds(compile_expression(source), variables, today=TODAY, current=current)


def value(source: str, current: object = "", **variables: object) -> object:
    return evaluate(compile_expression(source), variables, today=TODAY, current=current)


def test_references_are_found_outside_strings_only() -> None:
    assert references("${a} = 'x' and ${b} != '${c}'") == ("a", "b")
    assert to_xpath("if(${a} = 'if(', 1, 2)") == "odk-if($a = 'if(', 1, 2)"


@pytest.mark.parametrize(
    ("source", "variables", "expected"),
    [
        ("${g} = 'foreign_national'", {"g": "foreign_national"}, True),
        ("${g} != 'bulgarian_citizen'", {"g": "visitor"}, True),
        ("${a} > 3 and ${a} <= 10", {"a": 10}, True),
        ("${a} < 3 or ${a} >= 10", {"a": 5}, False),
        ("not(${a} = 'x')", {"a": "y"}, True),
        ("${a} + 2 * 3 = 10", {"a": 4}, True),
        ("${a} div 2 = 2.5", {"a": 5}, True),
        ("${a} mod 3 = 1", {"a": 7}, True),
        ("${a} - 1 = 6", {"a": 7}, True),
    ],
)
def test_operators(source: str, variables: dict[str, object], expected: bool) -> None:
    assert check(source, **variables) is expected


def test_selected_and_count_selected_on_multiple_choice() -> None:
    codes = ("language", "housing")
    assert check("selected(${b}, 'housing')", b=codes)
    assert not check("selected(${b}, 'work')", b=codes)
    assert not check("selected(${b}, 'lang')", b=codes)  # whole codes only
    assert check("count-selected(${b}) = 2", b=codes)
    assert check("count-selected(${b}) = 0", b="")
    assert check("not(selected(., 'none') and count-selected(.) > 1)", current=("none",))
    assert not check("not(selected(., 'none') and count-selected(.) > 1)", current=("none", "x"))


def test_string_functions_and_regex() -> None:
    assert check("string-length(.) <= 5", current="abcde")
    assert not check("string-length(.) <= 5", current="abcdef")
    assert check("regex(., '[0-9]{4}')", current="1000")
    assert not check("regex(., '[0-9]{4}')", current="x1000")  # whole string must match
    assert value("concat(${a}, '-', ${b})", a="x", b=3) == "x-3"


def test_if_coalesce_int_number() -> None:
    assert value("if(${a} = 'yes', 'Y', 'N')", a="yes") == "Y"
    assert value("if(${a} = 'yes', 'Y', 'N')", a="no") == "N"
    assert value("coalesce(${a}, 'fallback')", a="") == "fallback"
    assert value("coalesce(${a}, 'fallback')", a="given") == "given"
    assert value("int(${a})", a="7.9") == 7
    assert check("number(${a}) = 12", a="12")


def test_dates_and_today() -> None:
    assert check(". <= today()", current=TODAY)
    assert not check(". <= today()", current=TODAY + datetime.timedelta(days=1))
    assert check(". > date('2020-01-01')", current=datetime.date(2021, 3, 1))


def test_reserved_variables_are_plain_variables() -> None:
    assert check(
        "${group} = 'eu_citizen' and ${language} = 'ar'", group="eu_citizen", language="ar"
    )


@pytest.mark.parametrize(
    ("source", "a"),
    [
        ("${a} >= 18", ""),  # '' compared with a number: a type error at run time
        ("int(${a}) > 1", ""),  # int('') fails
        ("${missing} = 1", "x"),  # variable not bound
        ("number(${a}) div 0 > 1", "x"),
    ],
)
def test_runtime_errors_are_false_never_a_crash(source: str, a: str) -> None:
    assert holds(compile_expression(source), {"a": a}, today=TODAY, current="") is False


def test_evaluation_errors_raise_expression_error() -> None:
    with pytest.raises(ExpressionError):
        evaluate(compile_expression("${a} >= 18"), {"a": ""}, today=TODAY)
    # A date has no truth value: holds() says False instead of raising.
    assert holds(compile_expression("today()"), {}, today=TODAY) is False


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("${a} = ", "syntax error"),
        ("foo(1)", "unknown function"),
        ("${a b} = 1", "bad reference"),
        ("if(1, 2)", "syntax error"),
        ("", "empty expression"),
        ("${a} = 'unclosed", "syntax error"),
        ("regex(., '(')", "bad pattern"),  # a literal pattern is checked at load
        # a pattern is part of the form: one computed from answers could be anyone's
        ("regex(., ${a})", "must be written in quotes"),
        ("regex(., concat('^', ${a}))", "must be written in quotes"),
        ("regex(., if(${a} = 'x', 'a+', 'b+'))", "must be written in quotes"),
        ("matches(., ${a})", "must be written in quotes"),
        ("matches(., 'a', ${a})", "flags must be written in quotes"),
        ("matches(., 'a', 'x')", "unsupported flag"),
        ("regex(., '(a)\\1')", "bad pattern"),  # back-references need backtracking
        ("replace(., 'a', 'b') = 'x'", "unknown function"),  # Python's re: not offered
        ("tokenize(., ',')", "unknown function"),
    ],
)
def test_syntax_errors_at_compile_time(source: str, message: str) -> None:
    with pytest.raises(ExpressionError, match=message):
        compile_expression(source)


def test_regular_expressions_run_on_re2() -> None:
    # (a+)+b backtracks exponentially in Python's re (0.4 s at 24 characters, doubling with
    # each one); RE2 answers in linear time, so this finishes at all.
    assert not check("regex(., '(a+)+b')", current="a" * 5000)
    assert check("regex(., '(a+)+b')", current="a" * 5000 + "b")
    assert check("matches(., '[0-9]{3}')", current="tel 359 888")  # anywhere in the text
    assert check("matches(., '^sofia$', 'i')", current="Sofia")
    assert not check("matches(., '^sofia$')", current="Sofia")
    assert compile_expression("regex(., '[A-Z]{2}') and regex(${a}, 'x+')").patterns == (
        "[A-Z]{2}",
        "x+",
    )


def test_nested_quantifiers_are_found() -> None:
    for pattern in ("(a+)+b", "(a*)*", "(\\w+\\s?)*", "(a{2,5})+", "(?:x|y+)*z"):
        assert nested_quantifier(pattern), pattern
    for pattern in ("a+b+", "(ab)+", "[0-9]{4}", "(a{2}){3}", "\\pL+"):
        assert not nested_quantifier(pattern), pattern


def test_no_python_eval() -> None:
    # Python syntax is not XPath: nothing here may run Python code.
    for source in ("__import__('os').system('true')", "[x for x in ()]", "lambda: 1"):
        with pytest.raises(ExpressionError):
            compile_expression(source)

"""Sentences that remember how they were made (domain.messages)."""

from __future__ import annotations

import pickle

from thidua_desktop.domain.errors import InvalidInput
from thidua_desktop.domain.messages import Message, msg


def test_a_message_is_its_vietnamese_text_and_keeps_its_template() -> None:
    made = msg("Năm {year} đã khóa sổ.", year=2023)
    assert made == "Năm 2023 đã khóa sổ." and isinstance(made, str)
    assert made.template == "Năm {year} đã khóa sổ." and made.params == {"year": 2023}
    assert f"Lỗi: {made}" == "Lỗi: Năm 2023 đã khóa sổ."
    assert msg("{{ngoặc}} giữ nguyên") == "{ngoặc} giữ nguyên"


def test_it_travels_inside_an_error_and_a_pickle() -> None:
    error = InvalidInput(msg("Chưa nhập số. {hint}", hint=msg("Gõ 9,5.")))
    assert error.message == "Chưa nhập số. Gõ 9,5." and str(error) == error.message
    again = pickle.loads(pickle.dumps(error.message))
    assert isinstance(again, Message) and again == error.message
    assert again.params["hint"].template == "Gõ 9,5."

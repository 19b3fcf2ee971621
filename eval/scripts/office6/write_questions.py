# -*- coding: utf-8 -*-
"""Writes eval/sets/office6/questions.jsonl (run once, before make_office.py; kept for the record).

Before writing, the questions are checked against office_content.py only (no generated file
exists yet) with validate.py's check_questions: every answer occurs in its gold file's
source text, and cell answers are a whole cell of exactly one row with the row label.
Nothing is written if that check fails.
"""
import json
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

DOC = "cong_van_1147_tuyen_sinh_lop_10.doc"
BH = "cong_van_862_bhyt_hoc_sinh.docx"
QD = "quyet_dinh_2074_khu_du_lich_pa_lang.docx"
VX = "cong_van_356_tiem_vac_xin_soi_tcvn3.docx"
TB = "thong_bao_74_tuyen_chon_nhiem_vu_khcn_vni.docx"
TXT = "cong_van_cu_1997_tcvn3.txt"
MT = "bao_cao_bao_ve_moi_truong_2024.docx"
ODT = "bao_cao_du_lich_2024.odt"
PDF = "bao_cao_chinh_sach_dan_toc_2024.pdf"
XLSX = "thu_chi_ngan_sach_2024.xlsx"
XLS = "truong_thpt_huyen_phu_van.xls"
PPTX = "ket_qua_bhxh_bhyt_2024.pptx"
CSV = "gia_ve_diem_du_lich_2025.csv"

Q = [
    # ---- table (17): cell questions, row_label = first cell of the row
    ("Rác thải sinh hoạt phát sinh ở huyện Phù Vân năm 2024 là bao nhiêu tấn?", "table", MT, ["18.640"], "Huyện Phù Vân"),
    ("Năm ngoái thị xã Đồng Kha đã kiểm tra môi trường bao nhiêu cơ sở?", "table", MT, ["46"], "Thị xã Đồng Kha"),
    ("Cả tỉnh Lạc Ninh năm 2024 thu gom được bao nhiêu tấn rác sinh hoạt?", "table", MT, ["165.830"], "Tổng cộng"),
    ("Huyện Nậm Chà trồng thêm được bao nhiêu ha rừng trong năm 2024?", "table", MT, ["812"], "Huyện Nậm Chà"),
    ("Độ che phủ rừng của huyện Thạch Bàn năm 2023 là mấy phần trăm?", "table", MT, ["63,12"], "Huyện Thạch Bàn"),
    ("Năm 2024 có bao nhiêu lượt khách nước ngoài đến huyện Nậm Chà?", "table", ODT, ["41.380"], "Huyện Nậm Chà"),
    ("Tính chung cả tỉnh, năm 2024 có bao nhiêu cơ sở lưu trú du lịch?", "table", ODT, ["524"], "Tổng cộng"),
    ("Năm 2024 bao nhiêu hộ đồng bào dân tộc đã được hỗ trợ nhà ở?", "table", PDF, ["958"], "Hỗ trợ nhà ở"),
    ("Chính sách hỗ trợ nước sinh hoạt phân tán đã giải ngân bao nhiêu triệu đồng?", "table", PDF, ["6.945"], "Hỗ trợ nước sinh hoạt phân tán"),
    ("Tổng kinh phí chính sách dân tộc đã giải ngân năm 2024 là bao nhiêu triệu đồng?", "table", PDF, ["141.806"], "Tổng cộng"),
    ("Huyện Tân Lãng thu ngân sách năm 2024 được bao nhiêu phần trăm so với dự toán?", "table", XLSX, ["96.1"], "Huyện Tân Lãng"),
    ("Tổng số thu ngân sách nhà nước thực hiện năm 2024 của toàn tỉnh là bao nhiêu triệu đồng?", "table", XLSX, ["4,448,363"], "Tổng cộng"),
    ("Năm 2024 huyện Cẩm Đào chi cho giáo dục hết bao nhiêu triệu đồng?", "table", XLSX, ["179,655"], "Huyện Cẩm Đào"),
    ("Trường THPT Vân Thượng được thành lập năm nào?", "table", XLS, ["1978"], "Trường THPT Vân Thượng"),
    ("Trường THPT Phù Vân hiện có bao nhiêu học sinh?", "table", XLS, ["1,426"], "Trường THPT Phù Vân"),
    ("Năm 2024 có bao nhiêu nghìn người ở Lạc Ninh tham gia BHXH tự nguyện?", "table", PPTX, ["27,9"], "Số người tham gia BHXH tự nguyện (nghìn người)"),
    ("Vé người lớn vào tham quan động Đá Trắng giá bao nhiêu?", "table", CSV, ["60.000"], "Động Đá Trắng"),
    # ---- table_nodiac (3)
    ("luong khach du lich den huyen Tan Lang nam 2024 la bao nhieu luot", "table_nodiac", ODT, ["158.400"], "Huyện Tân Lãng"),
    ("thac Bac Khuoi Nam moi ngay don duoc toi da bao nhieu khach", "table_nodiac", CSV, ["1.200"], "Thác Bạc Khuổi Nậm"),
    ("truong THPT Ben Loi co bao nhieu hoc sinh", "table_nodiac", XLS, ["1,035"], "Trường THPT Bến Lội"),
    # ---- en (3)
    ("What was the forest cover rate of Ea Rông district in 2024?", "en", MT, ["67,52"], "Huyện Ea Rông"),
    ("How many prestigious persons in ethnic minority communities received support in Lạc Ninh in 2024?", "en", PDF, ["579"], "Người có uy tín trong đồng bào dân tộc thiểu số"),
    ("What share of the student health insurance contribution does the state budget cover in Lạc Ninh?", "en", BH, ["30%"], None),
    # ---- prose (11): facts in body sentences
    ("Năm học 2025-2026 các trường THPT công lập tỉnh Lạc Ninh nhận bao nhiêu học sinh vào lớp 10?", "prose", DOC, ["11.640 học sinh"], None),
    ("Thi vào lớp 10 ở Lạc Ninh thì mỗi em được đăng ký mấy nguyện vọng?", "prose", DOC, ["2 nguyện vọng"], None),
    ("Trường chuyên của tỉnh Lạc Ninh lấy bao nhiêu học sinh vào lớp 10 năm học 2025-2026?", "prose", DOC, ["315 học sinh"], None),
    ("Muốn hỏi Sở Giáo dục về phương án tuyển sinh lớp 10 thì gọi số điện thoại nào?", "prose", DOC, ["0208.3751.496"], None),
    ("Năm học 2025-2026 mỗi học sinh phải đóng bảo hiểm y tế bao nhiêu tiền một năm?", "prose", BH, ["1.263.600 đồng"], None),
    ("Năm học 2024-2025 tỷ lệ học sinh, sinh viên trong tỉnh có bảo hiểm y tế là bao nhiêu?", "prose", BH, ["98,6%"], None),
    ("Các trường phải thu xong tiền bảo hiểm y tế học sinh trước ngày nào?", "prose", BH, ["31 tháng 10 năm 2025"], None),
    ("Khu du lịch hồ Pá Lạng rộng bao nhiêu?", "prose", QD, ["645 ha"], None),
    ("Đến năm 2030 khu du lịch hồ Pá Lạng phấn đấu đón bao nhiêu khách mỗi năm?", "prose", QD, ["350.000 lượt khách"], None),
    ("Năm 2024 rác thải sinh hoạt ở các đô thị trong tỉnh được thu gom, xử lý bao nhiêu phần trăm?", "prose", MT, ["96,4%"], None),
    ("Các hội nghị tuyên truyền của Ban Dân tộc năm 2024 có bao nhiêu lượt người dự?", "prose", PDF, ["4.670"], None),
    # ---- legacy (5): answers in Unicode
    ("Đợt tiêm vắc xin sởi - rubella ở huyện Thạch Bàn dự kiến tiêm cho bao nhiêu trẻ?", "legacy", VX, ["9.860 trẻ"], None),
    ("Huyện Thạch Bàn bỏ ra bao nhiêu tiền cho chiến dịch tiêm vắc xin sởi?", "legacy", VX, ["215 triệu đồng"], None),
    ("Năm 2026 tỉnh Lạc Ninh tuyển chọn bao nhiêu nhiệm vụ khoa học và công nghệ cấp tỉnh?", "legacy", TB, ["9 nhiệm vụ"], None),
    ("Kinh phí dự kiến cho các nhiệm vụ khoa học cấp tỉnh năm 2026 tổng cộng là bao nhiêu?", "legacy", TB, ["6,8 tỷ đồng"], None),
    ("Năm 1996 tổng thu ngân sách trên địa bàn tỉnh Lạc Ninh ước được bao nhiêu?", "legacy", TXT, ["148,5 tỷ đồng"], None),
    # ---- signer (8)
    ("Công văn số 1147/SGDĐT-QLCL về thi tuyển sinh lớp 10 do ai ký?", "signer", DOC, ["Diệp Minh Khôi"], None),
    ("ai ky cong van ve bao hiem y te hoc sinh sinh vien nam hoc 2025-2026", "signer", BH, ["Thân Thị Hòa"], None),
    ("Ai ký quyết định công nhận hồ Pá Lạng là khu du lịch cấp tỉnh?", "signer", QD, ["Lò Văn Piếng"], None),
    ("Văn bản của huyện Thạch Bàn về tiêm vắc xin sởi - rubella là ai ký?", "signer", VX, ["Bế Văn Khải"], None),
    ("Người ký thông báo tuyển chọn nhiệm vụ khoa học và công nghệ năm 2026 là ai?", "signer", TB, ["Vi Thị Huệ"], None),
    ("ai ky cong van so 212/TCVG-NS nam 1997 ve quyet toan ngan sach", "signer", TXT, ["Lý Văn Chỉnh"], None),
    ("Who signed the Lạc Ninh environment department's 2024 report on environmental protection?", "signer", MT, ["Mạc Thị Yến"], None),
    ("Báo cáo số 512/BC-SVHTTDL về hoạt động du lịch do ai ký?", "signer", ODT, ["Chu Đức Tâm"], None),
    # ---- unanswerable (6)
    ("Người cao tuổi vào Khu du lịch hồ Pá Lạng mua vé giá bao nhiêu?", "unanswerable", None, [], None),
    ("Điểm chuẩn vào Trường THPT Chuyên Lạc Ninh năm học 2025-2026 là bao nhiêu?", "unanswerable", None, [], None),
    ("Năm 2023 tỉnh Lạc Ninh thu ngân sách nhà nước được bao nhiêu triệu đồng?", "unanswerable", None, [], None),
    ("Chiến dịch tiêm vắc xin sởi năm 2024 ở huyện Thạch Bàn đã tiêm cho bao nhiêu trẻ?", "unanswerable", None, [], None),
    ("Mỗi nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026 được cấp tối đa bao nhiêu tiền?", "unanswerable", None, [], None),
    ("Năm 2024 tỉnh Lạc Ninh có bao nhiêu người tham gia bảo hiểm thất nghiệp?", "unanswerable", None, [], None),
]


def lines():
    out = []
    for i, (q, kind, src, ans, rl) in enumerate(Q, 1):
        d = {"id": f"q6_{i:03d}", "question": q, "kind": kind,
             "gold": [{"source": src}] if src else [], "answers": ans}
        if rl:
            d["row_label"] = rl
        d["split"] = "test"
        out.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(out) + "\n"


def main():
    import validate as V   # content-only check (no generated file is read)
    text = lines()
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td) / "questions.jsonl"
        tmp.write_text(text, encoding="utf-8")
        qs = V.check_questions(V.source_model(), tmp)
    if V.FAIL:
        sys.exit(f"{len(V.FAIL)} problems: nothing written")
    dest = HERE.parents[1] / "sets" / "office6" / "questions.jsonl"
    if "--dry-run" in sys.argv:
        print(len(qs), "questions checked (dry run, nothing written)")
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")
    print(len(qs), "questions ->", dest)


if __name__ == "__main__":
    main()

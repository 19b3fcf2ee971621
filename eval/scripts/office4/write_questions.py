# -*- coding: utf-8 -*-
"""Writes eval/sets/office4/questions.jsonl (run once, before make_office.py; kept for the record)."""
import json
from pathlib import Path

DOC = "cong_van_2087_sot_xuat_huyet.doc"
HK = "cong_van_1356_hoi_khoe_phu_dong.docx"
QD = "quyet_dinh_1275_ho_tro_nha_o.docx"
LH = "cong_van_418_le_hoi_tcvn3.docx"
TB = "thong_bao_37_cam_khai_thac_vni.docx"
TXT = "cong_van_cu_1997_tcvn3.txt"
YT = "bao_cao_y_te_2024.docx"
ODT = "bao_cao_an_toan_giao_thong_2024.odt"
PDF = "bao_cao_tin_dung_chinh_sach_6_thang_2025.pdf"
XLSX = "nong_nghiep_thuy_san_2024.xlsx"
XLS = "di_tich_xep_hang_ngoc_khue.xls"
PPTX = "tong_ket_nam_hoc_2024_2025.pptx"
CSV = "tuyen_xe_buyt_noi_tinh_2025.csv"

Q = [
    # ---- table (17): cell questions, row_label = first cell of the row
    ("Huyện Hương Điền có bao nhiêu giường bệnh?", "table", YT, ["320"], "Huyện Hương Điền"),
    ("Thị xã Lạc Phong hiện có mấy bác sĩ?", "table", YT, ["132"], "Thị xã Lạc Phong"),
    ("Toàn tỉnh Hòa Vĩnh có bao nhiêu bác sĩ trong năm 2024?", "table", YT, ["1.093"], "Tổng cộng"),
    ("Năm 2024 Đức Quang ghi nhận bao nhiêu ca sốt xuất huyết?", "table", YT, ["121"], "Huyện Đức Quang"),
    ("Năm 2023 ở huyện Mường Khoa bao nhiêu phần trăm dân số có bảo hiểm y tế?", "table", YT, ["97,83"], "Huyện Mường Khoa"),
    ("Năm ngoái huyện Yên Thạch xảy ra mấy vụ tai nạn giao thông?", "table", ODT, ["19"], "Huyện Yên Thạch"),
    ("Tai nạn giao thông năm 2024 làm chết bao nhiêu người ở tất cả các địa phương trong tỉnh cộng lại?", "table", ODT, ["79"], "Tổng cộng"),
    ("Dư nợ chương trình cho vay giải quyết việc làm là bao nhiêu tỷ?", "table", PDF, ["957,3"], "Cho vay giải quyết việc làm"),
    ("Còn bao nhiêu khách hàng đang vay theo chương trình cho vay hộ cận nghèo?", "table", PDF, ["19.872"], "Cho vay hộ cận nghèo"),
    ("Tổng dư nợ các chương trình tín dụng chính sách đến cuối tháng 6/2025 là bao nhiêu tỷ đồng?", "table", PDF, ["5.338,7"], "Tổng cộng"),
    ("Huyện Tân Khải thu hoạch được bao nhiêu tấn quả năm 2024?", "table", XLSX, ["41,937"], "Huyện Tân Khải"),
    ("Cả tỉnh năm 2024 làm ra được bao nhiêu tấn trái cây?", "table", XLSX, ["239,726"], "Tổng cộng"),
    ("Sản lượng thủy sản khai thác của huyện Mường Khoa năm 2024 là bao nhiêu tấn?", "table", XLSX, ["1,493"], "Huyện Mường Khoa"),
    ("Chùa Phúc Nham được công nhận là di tích vào năm nào?", "table", XLS, ["2009"], "Chùa Phúc Nham"),
    ("Nghè Cổ Trạch đón bao nhiêu lượt khách trong năm 2024?", "table", XLS, ["3,126"], "Nghè Cổ Trạch"),
    ("Năm học 2024-2025 tỉnh có bao nhiêu trường đạt chuẩn quốc gia?", "table", PPTX, ["437"], "Số trường đạt chuẩn quốc gia (trường)"),
    ("Đi xe buýt từ Vĩnh Định về Tân Khải mất bao nhiêu tiền vé?", "table", CSV, ["28.000"], "Vĩnh Định - Tân Khải"),
    # ---- table_nodiac (3)
    ("so nguoi bi thuong vi tai nan giao thong o huyen Huong Dien nam 2024", "table_nodiac", ODT, ["17"], "Huyện Hương Điền"),
    ("tuyen xe buyt Yen Thach - Muong Khoa dai bao nhieu km", "table_nodiac", CSV, ["67,3"], "Yên Thạch - Mường Khoa"),
    ("den Ba Ngoc nam 2024 co bao nhieu luot khach den tham", "table_nodiac", XLS, ["28,450"], "Đền Bà Ngọc"),
    # ---- en (3)
    ("What share of the population of Tân Khải district had health insurance in 2024?", "en", YT, ["90,46"], "Huyện Tân Khải"),
    ("What is the overdue debt ratio of the loans for pupils and students?", "en", PDF, ["0,21"], "Cho vay học sinh, sinh viên"),
    ("How many athletes can each team register for the 11th Phù Đổng Games of Hòa Vĩnh?", "en", HK, ["85 vận động viên"], None),
    # ---- prose (11): facts in body sentences
    ("Từ đầu năm 2025 đến 10/7 tỉnh Hòa Vĩnh có bao nhiêu người mắc sốt xuất huyết?", "prose", DOC, ["826 ca"], None),
    ("Hạn chót gửi báo cáo kết quả chiến dịch diệt lăng quăng cho Sở Y tế là ngày nào?", "prose", DOC, ["08 tháng 8 năm 2025"], None),
    ("Số điện thoại của người phụ trách đầu mối về phòng chống sốt xuất huyết ở Sở Y tế là gì?", "prose", DOC, ["0236.3712.649"], None),
    ("CDC tỉnh cấp thêm bao nhiêu hóa chất diệt muỗi cho các huyện?", "prose", DOC, ["1.500 lít"], None),
    ("Hội khỏe Phù Đổng lần thứ XI của tỉnh diễn ra ở đâu?", "prose", HK, ["Nhà thi đấu đa năng tỉnh"], None),
    ("Ngân sách tỉnh chi bao nhiêu để tổ chức Hội khỏe Phù Đổng năm 2025?", "prose", HK, ["2,75 tỷ đồng"], None),
    ("Cần hỏi về việc đăng ký vận động viên Hội khỏe Phù Đổng thì liên hệ ai?", "prose", HK, ["Tạ Quang Vinh"], None),
    ("Năm 2025 huyện Ngọc Khuê hỗ trợ nhà ở cho bao nhiêu hộ nghèo?", "prose", QD, ["64 hộ"], None),
    ("Hộ nghèo ở Ngọc Khuê xây nhà mới được hỗ trợ bao nhiêu tiền?", "prose", QD, ["40 triệu đồng"], None),
    ("Công suất sử dụng giường bệnh của các bệnh viện tuyến tỉnh Hòa Vĩnh năm 2024 là bao nhiêu?", "prose", YT, ["96,8%"], None),
    ("6 tháng đầu năm 2025 có bao nhiêu lượt hộ nghèo và đối tượng chính sách được vay vốn ở Hòa Vĩnh?", "prose", PDF, ["18.357"], None),
    # ---- legacy (5): answers in Unicode
    ("Lễ hội đình Cổ Lũng năm 2025 dự kiến có bao nhiêu lượt khách?", "legacy", LH, ["12.000 lượt khách"], None),
    ("Tổ chức lễ hội đình Cổ Lũng tốn bao nhiêu tiền?", "legacy", LH, ["485 triệu đồng"], None),
    ("Vùng cấm đánh bắt cá ở hồ Đá Mài rộng bao nhiêu?", "legacy", TB, ["1.260 ha"], None),
    ("Trong thời gian cấm khai thác, bao nhiêu cá giống được thả xuống hồ Đá Mài?", "legacy", TB, ["4,5 tấn"], None),
    ("Vụ mùa năm 1997 tỉnh Hòa Vĩnh phải thu bao nhiêu thuế sử dụng đất nông nghiệp?", "legacy", TXT, ["3.460 tấn thóc"], None),
    # ---- signer (8)
    ("Công văn số 2087/SYT-NVY do ai ký?", "signer", DOC, ["Hứa Minh Khôi"], None),
    ("ai ky cong van to chuc hoi khoe phu dong lan thu XI", "signer", HK, ["Ninh Thị Thanh Hương"], None),
    ("Ai là người ký văn bản về tổ chức lễ hội đình Cổ Lũng của huyện Yên Thạch?", "signer", LH, ["Hoàng Thị Ngọc Diệp"], None),
    ("Thông báo của Chi cục Thủy sản về tạm cấm khai thác ở hồ Đá Mài do ai ký?", "signer", TB, ["Lê Thị Hoài Thu"], None),
    ("ai ky van ban so 119/TC-NS nam 1997 ve thue nong nghiep", "signer", TXT, ["Quách Văn Tường"], None),
    ("Who signed the Hòa Vĩnh Department of Health's 2024 annual report?", "signer", YT, ["Lục Văn Thịnh"], None),
    ("Ai ký báo cáo số 52/BC-BATGT?", "signer", ODT, ["Đoàn Quốc Hưng"], None),
    ("Quyết định duyệt danh sách hộ nghèo được hỗ trợ nhà ở năm 2025 của huyện Ngọc Khuê do ai ký?", "signer", QD, ["Hà Văn Lực"], None),
    # ---- unanswerable (6)
    ("Giá vé tháng của tuyến xe buýt Vĩnh Định - Hương Điền là bao nhiêu?", "unanswerable", None, [], None),
    ("Năm 2024 tỉnh Hòa Vĩnh có bao nhiêu người tử vong do sốt xuất huyết?", "unanswerable", None, [], None),
    ("Lễ hội đình Cổ Lũng năm 2024 đã đón bao nhiêu lượt khách?", "unanswerable", None, [], None),
    ("Sản lượng khai thác thủy sản của huyện Hương Điền năm 2023 là bao nhiêu tấn?", "unanswerable", None, [], None),
    ("Hộ cận nghèo ở Ngọc Khuê được hỗ trợ sửa nhà bao nhiêu tiền năm 2025?", "unanswerable", None, [], None),
    ("Vận động viên đoạt huy chương vàng Hội khỏe Phù Đổng lần thứ XI được thưởng bao nhiêu tiền?", "unanswerable", None, [], None),
]

out = []
for i, (q, kind, src, ans, rl) in enumerate(Q, 1):
    d = {"id": f"q4_{i:03d}", "question": q, "kind": kind,
         "gold": [{"source": src}] if src else [], "answers": ans}
    if rl:
        d["row_label"] = rl
    d["split"] = "test"
    out.append(json.dumps(d, ensure_ascii=False))
dest = Path(__file__).resolve().parents[2] / "sets" / "office4" / "questions.jsonl"
dest.parent.mkdir(parents=True, exist_ok=True)
dest.write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out), "questions ->", dest)

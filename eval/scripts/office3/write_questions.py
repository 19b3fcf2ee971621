# -*- coding: utf-8 -*-
"""Writes eval/sets/office3/questions.jsonl (run once, before make_office.py; kept for the record)."""
import json
from pathlib import Path

DOC = "cong_van_318_phong_chong_thien_tai.doc"
DL = "cong_van_1142_tuan_le_du_lich.docx"
TB = "thong_bao_45_dau_gia_tcvn3.docx"
KH = "ke_hoach_27_tiem_phong_vni.docx"
TXT = "cong_van_cu_1998_tcvn3.txt"
KT = "bao_cao_kinh_te_xa_hoi_2024.docx"
RTF = "bao_cao_nuoc_sach_nong_thon_2024.rtf"
PDF = "bao_cao_khu_cong_nghiep_9_thang_2024.pdf"
XLSX = "san_xuat_nong_nghiep_2024.xlsx"
ODS = "diem_du_lich_cong_dong_van_khe.ods"
PPTX = "tong_ket_2024_so_tnmt.pptx"
CSV = "duong_huyen_gia_hung_bao_tri_2025.csv"

Q = [
    # ---- table (16): cell questions, row_label = first cell of the row
    ("Diện tích tự nhiên của thị xã Kim Bồng là bao nhiêu km2?", "table", KT, ["342,17"], "Thị xã Kim Bồng"),
    ("Năm 2024 huyện Gia Hưng có bao nhiêu dân?", "table", KT, ["142.071"], "Huyện Gia Hưng"),
    ("Cả tỉnh Minh Giang có tất cả bao nhiêu xã, phường, thị trấn?", "table", KT, ["153"], "Tổng cộng"),
    ("Đến cuối năm 2024 huyện Vân Khê còn bao nhiêu hộ nghèo?", "table", KT, ["1.658"], "Huyện Vân Khê"),
    ("Hồi đầu năm 2024 tỷ lệ hộ nghèo ở huyện Thạch Lương là mấy phần trăm?", "table", KT, ["6,37"], "Huyện Thạch Lương"),
    ("Huyện Tùng Lâm có bao nhiêu hộ nông thôn đang dùng nước sạch đạt chuẩn?", "table", RTF, ["17.486"], "Huyện Tùng Lâm"),
    ("Huyện Thượng Kinh có mấy công trình cấp nước tập trung?", "table", RTF, ["21"], "Huyện Thượng Kinh"),
    ("Khu công nghiệp Đồng Lý đã được lấp đầy bao nhiêu phần trăm?", "table", PDF, ["87,4"], "Khu công nghiệp Đồng Lý"),
    ("Trong Khu công nghiệp Hưng Thịnh có bao nhiêu dự án còn hiệu lực?", "table", PDF, ["27"], "Khu công nghiệp Hưng Thịnh"),
    ("Sản lượng lúa năm 2024 huyện Bảo Ninh làm được bao nhiêu tấn?", "table", XLSX, ["80,215"], "Huyện Bảo Ninh"),
    ("Tổng sản lượng lúa thực hiện năm 2024 của toàn tỉnh là bao nhiêu tấn?", "table", XLSX, ["401,469"], "Tổng cộng"),
    ("Thị xã Kim Bồng nuôi bao nhiêu con bò tính đến tháng 10 năm 2024?", "table", XLSX, ["6,942"], "Thị xã Kim Bồng"),
    ("Ai phụ trách điểm du lịch cộng đồng Thôn Khe Rì?", "table", ODS, ["Hoàng Văn Páo"], "Thôn Khe Rì"),
    ("Năm 2024 Bản Phiêng Lằn đón được bao nhiêu lượt khách du lịch?", "table", ODS, ["9,214"], "Bản Phiêng Lằn"),
    ("Năm 2024 ngành tài nguyên và môi trường Minh Giang thu được bao nhiêu tỷ đồng tiền sử dụng đất?", "table", PPTX, ["2.105,9"], "Thu tiền sử dụng đất (tỷ đồng)"),
    ("Bảo trì tuyến đường huyện Hưng Lợi - Cầu Trắng dự kiến tốn bao nhiêu triệu đồng?", "table", CSV, ["6.475"], "Hưng Lợi - Cầu Trắng"),
    # ---- table_nodiac (3)
    ("ty le ho nong thon dung nuoc sach dat chuan cua thi xa Kim Bong la bao nhieu", "table_nodiac", RTF, ["90,7"], "Thị xã Kim Bồng"),
    ("tuyen duong Dong Bao - Hung Phu dai bao nhieu km", "table_nodiac", CSV, ["10,3"], "Đồng Bảo - Hưng Phú"),
    ("dan lon cua huyen Gia Hung co bao nhieu con", "table_nodiac", XLSX, ["102,358"], "Huyện Gia Hưng"),
    # ---- en (3)
    ("What was the population density of Thạch Lương district in 2024?", "en", KT, ["119"], "Huyện Thạch Lương"),
    ("How much registered capital, in million USD, does the Kim Bồng industrial park have?", "en", PDF, ["684,2"], "Khu công nghiệp Kim Bồng"),
    ("How many free booths does each district get at the 2025 Minh Giang Culture and Tourism Week?", "en", DL, ["6 gian hàng"], None),
    # ---- prose (10): facts in body sentences
    ("Huyện Bảo Ninh có bao nhiêu hộ dân đang ở vùng có nguy cơ sạt lở, ngập sâu?", "prose", DOC, ["1.236 hộ"], None),
    ("Các xã ở Bảo Ninh phải nộp phương án sơ tán dân cho Ban Chỉ huy phòng chống thiên tai huyện chậm nhất là ngày nào?", "prose", DOC, ["15 tháng 5 năm 2025"], None),
    ("Muốn liên hệ Ban Chỉ huy phòng, chống thiên tai huyện Bảo Ninh thì gặp ai?", "prose", DOC, ["Kiều Văn Lâm"], None),
    ("Buổi diễn tập phòng chống thiên tai năm 2025 của huyện Bảo Ninh diễn ra ở xã nào?", "prose", DOC, ["xã Ninh Phong"], None),
    ("Tuần lễ Văn hóa - Du lịch Minh Giang năm 2025 tổ chức ở đâu?", "prose", DL, ["Quảng trường Trung tâm thành phố Phước An"], None),
    ("Tổ chức Tuần lễ Văn hóa - Du lịch Minh Giang 2025 hết tổng cộng bao nhiêu tiền?", "prose", DL, ["3,2 tỷ đồng"], None),
    ("Muốn đăng ký gian hàng ở Tuần lễ Văn hóa - Du lịch thì gọi số điện thoại nào?", "prose", DL, ["0221.3867.402"], None),
    ("Hạn cuối để các huyện đăng ký gian hàng và chương trình biểu diễn với Sở Văn hóa, Thể thao và Du lịch là khi nào?", "prose", DL, ["30 tháng 6 năm 2025"], None),
    ("Năm 2024 GRDP của tỉnh Minh Giang tăng trưởng bao nhiêu?", "prose", KT, ["7,18%"], None),
    ("Các khu công nghiệp ở Minh Giang đang có bao nhiêu người lao động?", "prose", PDF, ["58.214"], None),
    # ---- legacy (5): answers in Unicode
    ("Đợt đấu giá đất ở khu dân cư Đồng Me có bao nhiêu lô?", "legacy", TB, ["38 lô đất"], None),
    ("Phiên đấu giá quyền sử dụng đất khu dân cư Đồng Me được tổ chức ở đâu?", "legacy", TB, ["Nhà văn hóa xã Lương Sơn"], None),
    ("Trong đợt 1 năm 2025 huyện Vân Khê tiêm vắc xin cúm cho bao nhiêu con gia cầm?", "legacy", KH, ["186.000 con"], None),
    ("Tiền mua vắc xin và vật tư cho đợt tiêm phòng gia súc, gia cầm đợt 1 năm 2025 ở Vân Khê là bao nhiêu?", "legacy", KH, ["1,47 tỷ đồng"], None),
    ("Trận mưa lũ tháng 9 năm 1998 làm hỏng bao nhiêu cây cầu ở tỉnh Minh Giang?", "legacy", TXT, ["14 cầu"], None),
    # ---- signer (7)
    ("Ai ký công văn số 318/UBND-NNMT?", "signer", DOC, ["Lã Đức Cường"], None),
    ("ai ky cong van ve tuan le van hoa du lich Minh Giang nam 2025", "signer", DL, ["Thân Văn Hiếu"], None),
    ("Người ký thông báo đấu giá đất ở khu dân cư Đồng Me của huyện Thạch Lương là ai?", "signer", TB, ["Bạch Văn Khởi"], None),
    ("Kế hoạch tiêm phòng gia súc, gia cầm đợt 1 năm 2025 của UBND huyện Vân Khê do ai ký?", "signer", KH, ["Nguyễn Thị Bích Liên"], None),
    ("ai ky cong van so 52/GT-KH cua So Giao thong van tai nam 1998", "signer", TXT, ["Đinh Xuân Bách"], None),
    ("Who signed the 2024 socio-economic report of Minh Giang province?", "signer", KT, ["Vương Đình Hoan"], None),
    ("Báo cáo số 63/BC-TTNS về nước sạch nông thôn do ai ký?", "signer", RTF, ["Khúc Thị Ngân"], None),
    # ---- unanswerable (6)
    ("Giá trúng đấu giá cao nhất tại khu dân cư Đồng Me là bao nhiêu?", "unanswerable", None, [], None),
    ("Đàn dê của huyện Thượng Kinh có bao nhiêu con?", "unanswerable", None, [], None),
    ("Ai ký quyết định thành lập Ban Quản lý các khu công nghiệp tỉnh Minh Giang?", "unanswerable", None, [], None),
    ("Tuần lễ Văn hóa - Du lịch Minh Giang năm 2024 đã đón bao nhiêu lượt khách?", "unanswerable", None, [], None),
    ("Năng suất lúa bình quân của huyện Gia Hưng năm 2024 là bao nhiêu tạ/ha?", "unanswerable", None, [], None),
    ("Tỷ lệ hộ cận nghèo của huyện Tùng Lâm cuối năm 2024 là bao nhiêu?", "unanswerable", None, [], None),
]

out = []
for i, (q, kind, src, ans, rl) in enumerate(Q, 1):
    d = {"id": f"q3_{i:03d}", "question": q, "kind": kind,
         "gold": [{"source": src}] if src else [], "answers": ans}
    if rl:
        d["row_label"] = rl
    d["split"] = "test"
    out.append(json.dumps(d, ensure_ascii=False))
dest = Path(__file__).resolve().parents[2] / "sets" / "office3" / "questions.jsonl"
dest.parent.mkdir(parents=True, exist_ok=True)
dest.write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out), "questions ->", dest)

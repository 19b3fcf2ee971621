# -*- coding: utf-8 -*-
"""Writes questions.jsonl (run once, before make_office.py; kept for the record)."""
import json
from pathlib import Path

DOC = "cong_van_512_giai_ngan.doc"
SYT = "cong_van_1873_syt.docx"
TB = "thong_bao_86_tcvn3.docx"
TT = "to_trinh_58_vni.docx"
TXT = "cong_van_cu_1999_tcvn3.txt"
GD = "bao_cao_nam_hoc_2022_2023.docx"
ODT = "bao_cao_tiem_chung_quang_lam.odt"
XLSX = "giai_ngan_dau_tu_cong_2023.xlsx"
XLS = "tram_y_te_quang_lam.xls"
PPTX = "so_ket_6_thang_duc_phong.pptx"
CSV = "du_an_dau_tu_2024.csv"

Q = [
    # ---- table (15)
    ("Huyện Hòa Mỹ có bao nhiêu học sinh trong năm học 2022-2023?", "table", GD, ["24.973"], "Huyện Hòa Mỹ"),
    ("Thị xã Trường Lạc có bao nhiêu trường học?", "table", GD, ["47"], "Thị xã Trường Lạc"),
    ("Tỷ lệ trường đạt chuẩn quốc gia của huyện Lam Điền là bao nhiêu phần trăm?", "table", GD, ["71,4"], "Huyện Lam Điền"),
    ("Toàn tỉnh Bắc Hà có bao nhiêu lớp học trong năm học 2022-2023?", "table", GD, ["7.346"], "Tổng cộng"),
    ("Xã Quảng Hòa có bao nhiêu trẻ dưới 1 tuổi được tiêm chủng đầy đủ năm 2023?", "table", ODT, ["219"], "Xã Quảng Hòa"),
    ("Tỷ lệ trẻ dưới 1 tuổi được tiêm chủng đầy đủ của xã Lâm Phú năm 2023 là bao nhiêu?", "table", ODT, ["92,5"], "Xã Lâm Phú"),
    ("Kế hoạch vốn đầu tư công năm 2023 của huyện Vĩnh Khang là bao nhiêu tỷ đồng?", "table", XLSX, ["402.6"], "Huyện Vĩnh Khang"),
    ("Tỷ lệ giải ngân vốn đầu tư công năm 2023 của huyện Ngọc Tuyền là bao nhiêu?", "table", XLSX, ["79.8%"], "Huyện Ngọc Tuyền"),
    ("Tổng số vốn đầu tư công đã giải ngân năm 2023 của toàn tỉnh Bắc Hà là bao nhiêu tỷ đồng?", "table", XLSX, ["3,346.9"], "Tổng cộng"),
    ("Ai là trạm trưởng Trạm Y tế xã Lâm Sơn?", "table", XLS, ["Hứa Đức Mạnh"], "Trạm Y tế xã Lâm Sơn"),
    ("Trạm Y tế xã Tân Quảng có bao nhiêu giường bệnh?", "table", XLS, ["7"], "Trạm Y tế xã Tân Quảng"),
    ("Sản lượng lương thực 6 tháng đầu năm 2024 của huyện Đức Phong đạt bao nhiêu tấn?", "table", PPTX, ["24.873"], "Sản lượng lương thực (tấn)"),
    ("Sau 6 tháng đầu năm 2024, huyện Đức Phong đạt bao nhiêu phần trăm kế hoạch giảm hộ nghèo?", "table", PPTX, ["40,4"], "Số hộ nghèo giảm (hộ)"),
    ("Tổng mức đầu tư của dự án Bệnh viện đa khoa huyện Ngọc Tuyền là bao nhiêu triệu đồng?", "table", CSV, ["215.750"], "Bệnh viện đa khoa huyện Ngọc Tuyền"),
    ("Dự án Hồ chứa nước Khe Mơ được thực hiện trong thời gian nào?", "table", CSV, ["2024-2027"], "Hồ chứa nước Khe Mơ"),
    # ---- table_nodiac (2)
    ("huyen Quang Lam co bao nhieu truong dat chuan quoc gia nam hoc 2022-2023", "table_nodiac", GD, ["45"], "Huyện Quảng Lâm"),
    ("thanh pho Ha Thanh da giai ngan bao nhieu ty dong von dau tu cong nam 2023", "table_nodiac", XLSX, ["1,218.7"], "Thành phố Hà Thanh"),
    # ---- en (2)
    ("How many pupils did Ngọc Tuyền district have in the 2022-2023 school year?", "en", GD, ["19.582"], "Huyện Ngọc Tuyền"),
    ("By what date must project owners in Vĩnh Khang district send their payment dossiers to the State Treasury?", "en", DOC, ["31 tháng 3 năm 2024"], None),
    # ---- prose (7): body sentences of letters with a subject line
    ("Theo công văn số 512/UBND-TCKH, tính đến ngày 29/02/2024 huyện Vĩnh Khang đã giải ngân được bao nhiêu vốn đầu tư công?", "prose", DOC, ["41,7 tỷ đồng"], None),
    ("Ai là đầu mối liên hệ về việc đôn đốc giải ngân vốn đầu tư công năm 2024 của huyện Vĩnh Khang?", "prose", DOC, ["Hà Thị Phương Thảo"], None),
    ("Dự án ở huyện Vĩnh Khang có tỷ lệ giải ngân dưới bao nhiêu phần trăm đến ngày 30/6/2024 thì bị điều chuyển vốn?", "prose", DOC, ["30%"], None),
    ("Chiến dịch tiêm bổ sung vắc xin sởi - rubella năm 2023 của tỉnh Bắc Hà có bao nhiêu trẻ thuộc đối tượng?", "prose", SYT, ["28.640"], None),
    ("Trung tâm Y tế các huyện phải báo cáo kết quả chiến dịch tiêm vắc xin sởi - rubella về Sở Y tế trước ngày nào?", "prose", SYT, ["20 tháng 11 năm 2023"], None),
    ("Kinh phí tổ chức chiến dịch tiêm vắc xin sởi - rubella năm 2023 của tỉnh Bắc Hà là bao nhiêu?", "prose", SYT, ["1,26 tỷ đồng"], None),
    ("Số điện thoại của đầu mối liên hệ trong công văn số 1873/SYT-NVY là gì?", "prose", SYT, ["0236.3821.556"], None),
    # ---- legacy (4): answers in Unicode
    ("Lệ phí dự tuyển viên chức giáo dục năm 2023 của thành phố Hà Thanh là bao nhiêu?", "legacy", TB, ["500.000 đồng"], None),
    ("Thành phố Hà Thanh nhận phiếu đăng ký dự tuyển viên chức giáo dục năm 2023 đến hết ngày nào?", "legacy", TB, ["11/7/2023"], None),
    ("Tổng kinh phí đề nghị đầu tư xây dựng bổ sung phòng học năm 2024 của huyện Hòa Mỹ là bao nhiêu?", "legacy", TT, ["18,65 tỷ đồng"], None),
    ("Năm 1999, tỉnh Bắc Hà có bao nhiêu ha rừng thông có nguy cơ cháy cao?", "legacy", TXT, ["12.760 ha"], None),
    # ---- signer (10)
    ("Ai ký công văn số 512/UBND-TCKH của Ủy ban nhân dân huyện Vĩnh Khang?", "signer", DOC, ["Nguyễn Đình Khôi"], None),
    ("ai ky cong van ve viec don doc giai ngan von dau tu cong nam 2024 cua huyen Vinh Khang", "signer", DOC, ["Nguyễn Đình Khôi"], None),
    ("Người ký công văn số 1873/SYT-NVY là ai?", "signer", SYT, ["Lò Văn Thịnh"], None),
    ("Who signed the Bắc Hà Department of Health letter about the 2023 measles-rubella vaccination campaign?", "signer", SYT, ["Lò Văn Thịnh"], None),
    ("Người ký thông báo số 86/TB-UBND là ai?", "signer", TB, ["Hoàng Thị Kim Oanh"], None),
    ("ai ky thong bao tuyen dung vien chuc giao duc nam 2023 cua thanh pho Ha Thanh", "signer", TB, ["Hoàng Thị Kim Oanh"], None),
    ("Ai ký tờ trình số 58/TTr-PGDĐT về việc đề nghị đầu tư xây dựng bổ sung phòng học?", "signer", TT, ["Âu Thị Ngọc Diệp"], None),
    ("Ai ký công văn số 76/NN-KL về phòng chống cháy rừng mùa khô năm 1999?", "signer", TXT, ["Ma Văn Sinh"], None),
    ("Báo cáo tổng kết năm học 2022-2023 của Sở Giáo dục và Đào tạo tỉnh Bắc Hà do ai ký?", "signer", GD, ["Chu Thị Lan Phương"], None),
    ("Who signed report No. 97/BC-TTYT on the 2023 expanded immunization results of Quảng Lâm district?", "signer", ODT, ["Vi Văn Khánh"], None),
    # ---- unanswerable (4)
    ("Mức lương khởi điểm của viên chức giáo dục trúng tuyển năm 2023 ở thành phố Hà Thanh là bao nhiêu?", "unanswerable", None, [], None),
    ("Huyện Lam Điền có bao nhiêu trạm y tế đạt chuẩn quốc gia về y tế xã?", "unanswerable", None, [], None),
    ("Ai ký quyết định phê duyệt dự án Cầu Đức Phong?", "unanswerable", None, [], None),
    ("Dân số huyện Hòa Mỹ năm 2023 là bao nhiêu người?", "unanswerable", None, [], None),
]

out = []
for i, (q, kind, src, ans, rl) in enumerate(Q, 1):
    d = {"id": f"p{i:03d}", "question": q, "kind": kind,
         "gold": [{"source": src}] if src else [], "answers": ans}
    if rl:
        d["row_label"] = rl
    d["split"] = "test"
    out.append(json.dumps(d, ensure_ascii=False))
(Path(__file__).resolve().parents[3] / "eval" / "sets" / "office2" / "questions.jsonl").write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(out), "questions")

# -*- coding: utf-8 -*-
"""Writes eval/sets/office5/questions.jsonl (run once, before make_office.py; kept for the record).

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

DOC = "cong_van_762_thi_tuyen_cong_chuc.doc"
HK = "cong_van_1529_hoi_cho_cong_thuong.docx"
QD = "quyet_dinh_3318_thu_hoi_dat.docx"
LH = "cong_van_295_ngay_hoi_viec_lam_tcvn3.docx"
TB = "thong_bao_58_lay_y_kien_quy_hoach_vni.docx"
TXT = "cong_van_cu_1995_tcvn3.txt"
YT = "bao_cao_lao_dong_viec_lam_2024.docx"
ODT = "bao_cao_khoang_san_2024.odt"
PDF = "bao_cao_tro_giup_phap_ly_9_thang_2025.pdf"
XLSX = "cap_phep_xay_dung_nha_o_2024.xlsx"
XLS = "cho_tren_dia_ban_hung_my.xls"
PPTX = "so_ket_6_thang_2025_cong_thuong.pptx"
CSV = "gia_dat_o_thi_tran_ky_xuyen_2025.csv"

Q = [
    # ---- table (17): cell questions, row_label = first cell of the row
    ("Năm 2024 huyện Nghi Khánh đưa được bao nhiêu người sang nước ngoài làm việc?", "table", YT, ["705"], "Huyện Nghi Khánh"),
    ("Thị xã Tràng Lộc đã dạy nghề cho bao nhiêu người trong năm 2024?", "table", YT, ["4.127"], "Thị xã Tràng Lộc"),
    ("Cả tỉnh An Phước có thêm bao nhiêu doanh nghiệp ra đời trong năm 2024?", "table", YT, ["1.031"], "Tổng cộng"),
    ("Ở Lũng Pa năm 2024 có mấy người nhận trợ cấp thất nghiệp?", "table", YT, ["139"], "Huyện Lũng Pa"),
    ("Năm 2023 bao nhiêu phần trăm lao động huyện Nghi Khánh đã qua đào tạo và có bằng cấp, chứng chỉ?", "table", YT, ["27,84"], "Huyện Nghi Khánh"),
    ("Năm ngoái huyện Vạn Thủy bắt được mấy vụ khai thác khoáng sản không phép?", "table", ODT, ["17"], "Huyện Vạn Thủy"),
    ("Tính chung các huyện, thị xã và thành phố, năm 2024 phạt khai thác khoáng sản trái phép được bao nhiêu triệu đồng?", "table", ODT, ["4.392"], "Tổng cộng"),
    ("Có bao nhiêu vụ trợ giúp pháp lý cho trẻ em mà trợ giúp viên phải tham gia tố tụng?", "table", PDF, ["119"], "Trẻ em"),
    ("Người có công với cách mạng được trợ giúp pháp lý xong bao nhiêu vụ việc trong 9 tháng năm 2025?", "table", PDF, ["76"], "Người có công với cách mạng"),
    ("Tổng số vụ việc trợ giúp pháp lý được thụ lý trong 9 tháng đầu năm 2025 là bao nhiêu?", "table", PDF, ["1.126"], "Tổng cộng"),
    ("Huyện Sa Đông cấp được bao nhiêu giấy phép xây dựng năm 2024?", "table", XLSX, ["684"], "Huyện Sa Đông"),
    ("Tổng diện tích sàn được cấp phép xây dựng của toàn tỉnh năm 2024 là bao nhiêu m2?", "table", XLSX, ["1,941,785"], "Tổng cộng"),
    ("Năm 2024 thị xã Tràng Lộc hoàn thành bao nhiêu căn nhà ở xã hội?", "table", XLSX, ["248"], "Thị xã Tràng Lộc"),
    ("Chợ Đồng Sim bắt đầu hoạt động từ năm nào?", "table", XLS, ["1998"], "Chợ Đồng Sim"),
    ("Chợ Trung tâm Hưng Mỹ có bao nhiêu hộ buôn bán cố định?", "table", XLS, ["1,284"], "Chợ Trung tâm Hưng Mỹ"),
    ("Nửa đầu năm 2025 An Phước xuất khẩu được bao nhiêu triệu đô la Mỹ?", "table", PPTX, ["695,1"], "Kim ngạch xuất khẩu (triệu USD)"),
    ("Một mét vuông đất ở vị trí 2 đường Hồ Sen, thị trấn Kỳ Xuyên giá bao nhiêu?", "table", CSV, ["6.300.000"], "Đường Hồ Sen"),
    # ---- table_nodiac (3)
    ("san luong khai thac khoang san cua huyen Lung Pa nam 2024 la bao nhieu m3", "table_nodiac", ODT, ["532.140"], "Huyện Lũng Pa"),
    ("gia dat vi tri 1 duong Cho Moi thi tran Ky Xuyen nam 2025", "table_nodiac", CSV, ["16.000.000"], "Đường Chợ Mới"),
    ("cho nong san dau moi Hung My co may ho kinh doanh co dinh", "table_nodiac", XLS, ["1,056"], "Chợ Nông sản đầu mối Hưng Mỹ"),
    # ---- en (3)
    ("What percentage of workers in Kỳ Xuyên district were trained and held a diploma or certificate in 2024?", "en", YT, ["27,63"], "Huyện Kỳ Xuyên"),
    ("How many legal aid cases for people with disabilities did the An Phước centre accept in the first nine months of 2025?", "en", PDF, ["68"], "Người khuyết tật"),
    ("How much does it cost to rent a standard booth at the 2025 An Phước coastal trade fair?", "en", HK, ["6,5 triệu đồng"], None),
    # ---- prose (11): facts in body sentences
    ("Năm 2025 tỉnh An Phước cần tuyển bao nhiêu công chức hành chính?", "prose", DOC, ["214 chỉ tiêu"], None),
    ("Đăng ký thi công chức tỉnh An Phước năm 2025 phải đóng lệ phí bao nhiêu?", "prose", DOC, ["500.000 đồng"], None),
    ("Thí sinh thi vòng 1 công chức tỉnh An Phước làm bài ở đâu?", "prose", DOC, ["Trường Cao đẳng Kỹ thuật An Phước"], None),
    ("Số điện thoại để hỏi Sở Nội vụ về việc gửi nhu cầu tuyển công chức là số nào?", "prose", DOC, ["0251.3846.207"], None),
    ("Hội chợ Công Thương vùng duyên hải năm 2025 có tất cả bao nhiêu gian hàng tiêu chuẩn?", "prose", HK, ["320 gian hàng"], None),
    ("Hội chợ Công Thương tháng 12/2025 của tỉnh An Phước đặt ở địa điểm nào?", "prose", HK, ["Quảng trường Biển"], None),
    ("Doanh nghiệp muốn có gian hàng ở hội chợ Công Thương phải đăng ký trước ngày nào?", "prose", HK, ["10 tháng 11 năm 2025"], None),
    ("Làm đường tránh thị trấn Kỳ Xuyên phải thu hồi bao nhiêu đất?", "prose", QD, ["18,6 ha"], None),
    ("Bồi thường, hỗ trợ và tái định cư cho dự án đường tránh Kỳ Xuyên hết bao nhiêu tiền?", "prose", QD, ["37,4 tỷ đồng"], None),
    ("Tỷ lệ thất nghiệp ở khu vực thành thị tỉnh An Phước năm 2024 là bao nhiêu?", "prose", YT, ["2,87%"], None),
    ("Các đợt trợ giúp pháp lý lưu động 9 tháng đầu năm 2025 có bao nhiêu lượt người đến dự?", "prose", PDF, ["5.218"], None),
    # ---- legacy (5): answers in Unicode
    ("Ngày hội việc làm Sa Đông năm 2025 tuyển khoảng bao nhiêu chỗ làm?", "legacy", LH, ["2.300 vị trí việc làm"], None),
    ("Kinh phí cho ngày hội việc làm huyện Sa Đông là bao nhiêu?", "legacy", LH, ["126 triệu đồng"], None),
    ("Khu vực lập quy hoạch chung thị trấn Vạn Thủy rộng bao nhiêu?", "legacy", TB, ["1.450 ha"], None),
    ("Theo quy hoạch, đến năm 2045 thị trấn Vạn Thủy sẽ có khoảng bao nhiêu dân?", "legacy", TB, ["32.000 người"], None),
    ("Để chuẩn bị Tết Bính Tý, các công ty thương nghiệp phải dự trữ bao nhiêu gạo?", "legacy", TXT, ["2.800 tấn gạo"], None),
    # ---- signer (8)
    ("Văn bản số 762/SNV-CCVC về thi tuyển công chức do ai ký?", "signer", DOC, ["Văn Thị Kim Oanh"], None),
    ("ai ky cong van moi tham gia hoi cho cong thuong vung duyen hai nam 2025", "signer", HK, ["Giáp Văn Thuận"], None),
    ("Công văn của huyện Sa Đông về tổ chức ngày hội việc làm là do ai ký?", "signer", LH, ["Lương Văn Cường"], None),
    ("Người ký thông báo lấy ý kiến về quy hoạch chung thị trấn Vạn Thủy là ai?", "signer", TB, ["Cầm Thị Mai Phương"], None),
    ("ai ky cong van so 87/TMDL-KD nam 1995 ve hang hoa phuc vu Tet", "signer", TXT, ["Hầu Văn Kiên"], None),
    ("Who signed the An Phước labour department's 2024 report on jobs and vocational training?", "signer", YT, ["Ma Đình Thắng"], None),
    ("Báo cáo số 341/BC-STNMT về khoáng sản do ai ký?", "signer", ODT, ["Âu Thị Ánh Tuyết"], None),
    ("Ai ký quyết định thu hồi đất làm đường tránh thị trấn Kỳ Xuyên?", "signer", QD, ["Đinh Công Trứ"], None),
    # ---- unanswerable (6)
    ("Giá đất vị trí 4 trên đường Trung Tâm thị trấn Kỳ Xuyên là bao nhiêu?", "unanswerable", None, [], None),
    ("Điểm trúng tuyển vòng 2 kỳ thi công chức tỉnh An Phước năm 2025 là bao nhiêu?", "unanswerable", None, [], None),
    ("Năm 2023 tỉnh An Phước cấp bao nhiêu giấy phép xây dựng?", "unanswerable", None, [], None),
    ("Ngày hội việc làm huyện Sa Đông năm 2024 có bao nhiêu doanh nghiệp tham gia?", "unanswerable", None, [], None),
    ("Đất trồng lúa bị thu hồi làm đường tránh Kỳ Xuyên được bồi thường bao nhiêu tiền một mét vuông?", "unanswerable", None, [], None),
    ("Cả năm 2024 kim ngạch xuất khẩu của tỉnh An Phước đạt bao nhiêu triệu USD?", "unanswerable", None, [], None),
]


def lines():
    out = []
    for i, (q, kind, src, ans, rl) in enumerate(Q, 1):
        d = {"id": f"q5_{i:03d}", "question": q, "kind": kind,
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
    dest = HERE.parents[1] / "sets" / "office5" / "questions.jsonl"
    if "--dry-run" in sys.argv:
        print(len(qs), "questions checked (dry run, nothing written)")
        return
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")
    print(len(qs), "questions ->", dest)


if __name__ == "__main__":
    main()

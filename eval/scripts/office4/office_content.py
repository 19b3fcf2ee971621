# -*- coding: utf-8 -*-
"""Contents of the fourth held-out office folder "office4" (all names and figures
are fictional: tỉnh Hòa Vĩnh, its units and all people below are made up for this
set; no overlap with office (tỉnh Đông Sơn), office2 (tỉnh Bắc Hà) or office3
(tỉnh Minh Giang)).

Single source of the documents' text, in proper Unicode. make_office.py renders
it into docs/; validate.py checks every answer in questions.jsonl against it
(and against the rendered files).

Conventions (same as office, office2 and office3)
- Text documents (doc, docx, odt, pdf, pptx, csv, legacy files) write numbers the
  Vietnamese way: thousands with "." and decimals with ",".
- Spreadsheets (xlsx, xls) store real numbers with a number format; answers are
  written as the cell is DISPLAYED under en-US ("#,##0" -> "41,937",
  "#,##0.0" -> "12.1", "0" -> "2009").

Letters are laid out as real Vietnamese administrative documents: issuing body,
"Số: …", place and date line, document type, subject line ("V/v …" for a công
văn, "Về việc …" for others), "Kính gửi: …" (not in the quyết định, which has
none), body, "Nơi nhận: …" and a signature block. In the Unicode letters (and the
.doc) the header and the footer are two-column borderless tables, as Word
templates do.
"""


# ---------------------------------------------------------------- helpers
def vn_int(n):
    """12345 -> '12.345'"""
    return f"{n:,}".replace(",", ".")


def vn_dec(x, nd=1):
    """1234.5 -> '1.234,5'"""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "X").replace(".", ",").replace("X", ".")


UNITS = [
    "Thành phố Vĩnh Định",
    "Thị xã Lạc Phong",
    "Huyện Yên Thạch",
    "Huyện Hương Điền",
    "Huyện Đức Quang",
    "Huyện Tân Khải",
    "Huyện Mường Khoa",
    "Huyện Ngọc Khuê",
]

QUOC_HIEU = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

# ====================================================================
# 1. cong_van_2087_sot_xuat_huyet.doc  (công văn, Word 97 via LibreOffice)
# ====================================================================
CV2087 = {
    "head_left": ["UBND TỈNH HÒA VĨNH", "SỞ Y TẾ", "Số: 2087/SYT-NVY",
                  "V/v tăng cường phòng, chống bệnh sốt xuất huyết năm 2025"],
    "head_right": QUOC_HIEU + ["Hòa Vĩnh, ngày 14 tháng 7 năm 2025"],
    "kinh_gui": ["Kính gửi:", "- Trung tâm Kiểm soát bệnh tật tỉnh;",
                 "- Trung tâm Y tế các huyện, thị xã, thành phố."],
    "body": [
        "Từ đầu năm 2025 đến ngày 10/7/2025, trên địa bàn tỉnh đã ghi nhận 826 ca mắc "
        "sốt xuất huyết, tăng 37% so với cùng kỳ năm 2024; hiện còn 2 ổ dịch đang hoạt "
        "động tại phường Đông Thành, thành phố Vĩnh Định.",
        "Sở Y tế yêu cầu các đơn vị tổ chức chiến dịch diệt lăng quăng, bọ gậy từ ngày "
        "21/7/2025 đến ngày 04/8/2025, bảo đảm ít nhất 90% hộ gia đình trong vùng nguy "
        "cơ được kiểm tra dụng cụ chứa nước.",
        "Trung tâm Kiểm soát bệnh tật tỉnh cấp bổ sung 1.500 lít hóa chất diệt muỗi và "
        "12 máy phun đeo vai cho các huyện có số ca mắc cao.",
        "Trong tháng 8 năm 2025, Giám đốc Sở Y tế Lục Văn Thịnh sẽ trực tiếp kiểm tra "
        "công tác phòng, chống dịch tại huyện Hương Điền và huyện Đức Quang.",
        "Các đơn vị báo cáo kết quả chiến dịch về Sở Y tế (qua Phòng Nghiệp vụ Y) trước "
        "ngày 08 tháng 8 năm 2025. Đầu mối liên hệ: bà Mạc Thị Hồng Nhung, chuyên viên "
        "Phòng Nghiệp vụ Y, điện thoại 0236.3712.649.",
    ],
    "foot_left": ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để báo cáo);",
                  "- Giám đốc Sở;", "- Lưu: VT, NVY."],
    "foot_right": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Hứa Minh Khôi"],
}

# ====================================================================
# 2. cong_van_1356_hoi_khoe_phu_dong.docx  (công văn, Unicode, Times New Roman)
# ====================================================================
CV1356 = {
    "head_left": ["UBND TỈNH HÒA VĨNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 1356/SGDĐT-GDTC",
                  "V/v tổ chức Hội khỏe Phù Đổng tỉnh Hòa Vĩnh lần thứ XI năm 2025"],
    "head_right": QUOC_HIEU + ["Hòa Vĩnh, ngày 22 tháng 9 năm 2025"],
    "kinh_gui": ["Kính gửi:", "- Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;",
                 "- Các trường trung học phổ thông trực thuộc Sở."],
    "body": [
        "Hội khỏe Phù Đổng tỉnh Hòa Vĩnh lần thứ XI được tổ chức từ ngày 15/11/2025 đến "
        "ngày 22/11/2025 tại Nhà thi đấu đa năng tỉnh, thành phố Vĩnh Định.",
        "Chương trình thi đấu gồm 11 môn dành cho học sinh tiểu học, trung học cơ sở và "
        "trung học phổ thông. Mỗi đoàn được đăng ký tối đa 85 vận động viên.",
        "Kinh phí tổ chức là 2,75 tỷ đồng từ ngân sách tỉnh; chi phí đưa đón, ăn ở của "
        "vận động viên do các đơn vị tự bảo đảm.",
        "Giám đốc Sở Giáo dục và Đào tạo Lò Văn Tiến làm Trưởng ban Tổ chức Hội khỏe.",
        "Các đơn vị gửi danh sách vận động viên về Sở (qua Phòng Giáo dục thể chất) trước "
        "ngày 20 tháng 10 năm 2025. Đầu mối liên hệ: ông Tạ Quang Vinh, chuyên viên Phòng "
        "Giáo dục thể chất, điện thoại 0915.274.368.",
    ],
    "foot_left": ["Nơi nhận:", "- Như trên;", "- UBND tỉnh (để báo cáo);",
                  "- Giám đốc Sở;", "- Lưu: VT, GDTC."],
    "foot_right": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "Ninh Thị Thanh Hương"],
}

# ====================================================================
# 3. quyet_dinh_1275_ho_tro_nha_o.docx  (quyết định, Unicode; no "Kính gửi")
# ====================================================================
QD1275 = {
    "head_left": ["ỦY BAN NHÂN DÂN", "HUYỆN NGỌC KHUÊ", "Số: 1275/QĐ-UBND"],
    "head_right": QUOC_HIEU + ["Ngọc Khuê, ngày 16 tháng 6 năm 2025"],
    "title": ["QUYẾT ĐỊNH",
              "Về việc phê duyệt danh sách hộ nghèo được hỗ trợ xây mới, sửa chữa nhà ở năm 2025",
              "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NGỌC KHUÊ"],
    "can_cu": [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Căn cứ Kế hoạch số 46/KH-UBND ngày 10 tháng 3 năm 2025 của Ủy ban nhân dân huyện "
        "về hỗ trợ nhà ở cho hộ nghèo;",
        "Theo đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình số 88/TTr-NV ngày 02 tháng "
        "6 năm 2025.",
    ],
    "quyet_dinh": "QUYẾT ĐỊNH:",
    "dieu": [
        "Điều 1. Phê duyệt danh sách 64 hộ nghèo được hỗ trợ về nhà ở năm 2025, gồm 41 hộ "
        "xây mới và 23 hộ sửa chữa nhà ở (có danh sách kèm theo).",
        "Điều 2. Mức hỗ trợ là 40 triệu đồng cho mỗi hộ xây mới và 20 triệu đồng cho mỗi hộ "
        "sửa chữa; tổng kinh phí 2,1 tỷ đồng từ ngân sách huyện. Các hộ hoàn thành xây "
        "dựng, sửa chữa trước ngày 30 tháng 11 năm 2025.",
        "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Tài "
        "chính - Kế hoạch, Chủ tịch UBND các xã có hộ trong danh sách và các hộ có tên tại "
        "Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
    ],
    "foot_left": ["Nơi nhận:", "- Như Điều 3;", "- UBND tỉnh;", "- TT Huyện ủy, TT HĐND huyện;",
                  "- Lưu: VT, NV."],
    "foot_right": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hà Văn Lực"],
}

# ====================================================================
# 4. cong_van_418_le_hoi_tcvn3.docx  (công văn, TCVN3: .VnTime / .VnTimeH)
# ====================================================================
# ("H", text): .VnTimeH run, typed lower case (the font draws capitals).
# ("P", text): .VnTime run. TCVN3 has no toned capitals, so the text avoids
#              capitals carrying a tone mark (as typists did).
CV418 = [
    ("H", "Ủy ban nhân dân"),
    ("H", "Huyện Yên Thạch"),
    ("P", "Số: 418/UBND-VHTT"),
    ("P", "V/v tổ chức Lễ hội đình Cổ Lũng năm 2025"),
    ("H", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("P", "Độc lập - Tự do - Hạnh phúc"),
    ("P", "Yên Thạch, ngày 06 tháng 1 năm 2025"),
    ("P", "Kính gửi: Phòng Văn hóa và Thông tin; Công an huyện; Trung tâm Y tế huyện; xã Cổ Lũng."),
    ("P", "Lễ hội đình Cổ Lũng năm 2025 được tổ chức trong 3 ngày, từ ngày 08 đến ngày 10 "
          "tháng 2 năm 2025 (tức ngày 11 đến ngày 13 tháng Giêng) tại xã Cổ Lũng."),
    ("P", "Phần lễ có lễ rước kiệu từ miếu Cô về đình với khoảng 350 người tham gia; phần hội "
          "gồm thi đấu vật, kéo co, đánh đu và hát chèo."),
    ("P", "Ban Tổ chức dự kiến đón khoảng 12.000 lượt khách. Kinh phí tổ chức lễ hội là 485 "
          "triệu đồng, trong đó ngân sách huyện hỗ trợ 150 triệu đồng, còn lại do nhân dân "
          "và khách thập phương công đức."),
    ("P", "Công an huyện bố trí 40 cán bộ, chiến sĩ bảo đảm an ninh trật tự và an toàn giao "
          "thông trong những ngày diễn ra lễ hội."),
    ("P", "Mọi chi tiết xin liên hệ ông Đàm Văn Khoa, Trưởng phòng Văn hóa và Thông tin huyện, "
          "điện thoại 0973.528.614."),
    ("P", "Nơi nhận: Như trên; Sở Văn hóa, Thể thao và Du lịch; TT Huyện ủy, TT HĐND huyện; Lưu: VT."),
    ("H", "Kt. chủ tịch"),
    ("H", "Phó chủ tịch"),
    ("P", "Hoàng Thị Ngọc Diệp"),
]

# ====================================================================
# 5. thong_bao_37_cam_khai_thac_vni.docx  (thông báo, VNI-Times)
# ====================================================================
TB37 = [
    "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH HÒA VĨNH",
    "CHI CỤC THỦY SẢN",
    "Số: 37/TB-CCTS",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Hòa Vĩnh, ngày 18 tháng 3 năm 2025",
    "THÔNG BÁO",
    "Về việc tạm cấm khai thác thủy sản tại hồ Đá Mài trong mùa sinh sản năm 2025",
    "Kính gửi: Ủy ban nhân dân các xã ven hồ Đá Mài; các tổ chức, cá nhân khai thác thủy sản.",
    "Để bảo vệ nguồn lợi thủy sản, Chi cục Thủy sản thông báo tạm cấm mọi hình thức khai "
    "thác thủy sản tại hồ Đá Mài, huyện Mường Khoa từ ngày 01/4/2025 đến hết ngày 30/6/2025.",
    "Khu vực tạm cấm khai thác rộng 1.260 ha, gồm vùng lòng hồ thuộc 5 xã Nậm Khoa, Pá Hồng, "
    "Nà Sảng, Huổi Lanh và Phiêng Cại.",
    "Trong thời gian tạm cấm, Chi cục phối hợp với các xã thả 4,5 tấn cá giống các loại "
    "xuống hồ để tái tạo nguồn lợi.",
    "Tổ chức, cá nhân vi phạm sẽ bị xử phạt vi phạm hành chính và tịch thu ngư cụ theo quy định.",
    "Mọi thông tin xin liên hệ ông Vàng A Sình, Trạm trưởng Trạm Thủy sản hồ Đá Mài, điện "
    "thoại 0214.3851.627.",
    "Nơi nhận: Như trên; Sở Nông nghiệp và Môi trường; UBND huyện Mường Khoa; Lưu: VT.",
    "KT. CHI CỤC TRƯỞNG",
    "PHÓ CHI CỤC TRƯỞNG",
    "Lê Thị Hoài Thu",
]

# ====================================================================
# 6. cong_van_cu_1997_tcvn3.txt  (TCVN3 text saved as single-byte cp1252, CRLF)
# ====================================================================
CV_CU_TXT = [
    "Sở Tài chính - Vật giá tỉnh Hòa Vĩnh",
    "Số: 119/TC-NS",
    "Vĩnh Định, ngày 25 tháng 10 năm 1997",
    "V/v thu thuế sử dụng đất nông nghiệp vụ mùa năm 1997",
    "Kính gửi: Phòng Tài chính các huyện, thị xã.",
    "Số thuế sử dụng đất nông nghiệp vụ mùa năm 1997 phải thu trên địa bàn tỉnh là "
    "3.460 tấn thóc, quy ra tiền theo giá 1.950 đồng/kg.",
    "Các huyện, thị xã tổ chức thu nộp dứt điểm trước ngày 31 tháng 12 năm 1997; hộ bị "
    "thiệt hại do sâu bệnh được xét miễn, giảm theo mức độ thiệt hại.",
    "Mọi vướng mắc xin liên hệ phòng Ngân sách của Sở, điện thoại 824.156.",
    "Nơi nhận: Như trên; UBND tỉnh; Cục Thuế tỉnh; Lưu.",
    "KT. Giám đốc Sở",
    "Phó Giám đốc",
    "Quách Văn Tường",
]

# ====================================================================
# 7. bao_cao_y_te_2024.docx  (report; Bảng 1 with caption, header, 8 units and
#    Tổng cộng; Bảng 2 with TWO header rows / merged cells, last row Toàn tỉnh)
# ====================================================================
YT_T1 = [  # unit, số giường bệnh, số bác sĩ, số trạm y tế xã, số trạm có bác sĩ làm việc
    ("Thành phố Vĩnh Định", 1245, 486, 14, 14),
    ("Thị xã Lạc Phong", 410, 132, 11, 11),
    ("Huyện Yên Thạch", 285, 97, 19, 17),
    ("Huyện Hương Điền", 320, 104, 22, 20),
    ("Huyện Đức Quang", 260, 88, 17, 15),
    ("Huyện Tân Khải", 230, 71, 16, 13),
    ("Huyện Mường Khoa", 175, 52, 21, 14),
    ("Huyện Ngọc Khuê", 205, 63, 18, 16),
]


def yt_t1_rows():
    rows = [[u, vn_int(a), vn_int(b), str(c), str(d)] for (u, a, b, c, d) in YT_T1]
    rows.append(["Tổng cộng"] + [vn_int(sum(r[k] for r in YT_T1)) for k in (1, 2, 3, 4)])
    return rows


YT_T2 = [  # unit, ca sốt xuất huyết 2023, 2024, tỷ lệ tham gia BHYT 2023, 2024 (%)
    ("Thành phố Vĩnh Định", 642, 418, "93,15", "94,62"),
    ("Thị xã Lạc Phong", 215, 176, "92,40", "93,87"),
    ("Huyện Yên Thạch", 138, 97, "90,26", "92,05"),
    ("Huyện Hương Điền", 187, 152, "91,38", "92,71"),
    ("Huyện Đức Quang", 96, 121, "89,74", "91,30"),
    ("Huyện Tân Khải", 74, 58, "88,92", "90,46"),
    ("Huyện Mường Khoa", 31, 19, "97,83", "98,12"),
    ("Huyện Ngọc Khuê", 55, 43, "95,07", "96,24"),
]
YT_T2_TOTAL_RATES = ("92,18", "93,57")


def yt_t2_rows():
    rows = [[u, vn_int(a), vn_int(b), c, d] for (u, a, b, c, d) in YT_T2]
    rows.append(["Toàn tỉnh", vn_int(sum(r[1] for r in YT_T2)), vn_int(sum(r[2] for r in YT_T2)),
                 *YT_T2_TOTAL_RATES])
    return rows


YT_DOCX = {
    "header": ["UBND TỈNH HÒA VĨNH", "SỞ Y TẾ", "Số: 96/BC-SYT"],
    "date": "Hòa Vĩnh, ngày 16 tháng 12 năm 2024",
    "title": "BÁO CÁO",
    "subtitle": "Kết quả công tác y tế năm 2024 và phương hướng, nhiệm vụ năm 2025",
    "paras_before": [
        "Năm 2024, các cơ sở khám bệnh, chữa bệnh trên địa bàn tỉnh đã khám cho 2.318.450 "
        "lượt người và điều trị nội trú cho 164.720 lượt người.",
        "Công suất sử dụng giường bệnh bình quân của các bệnh viện tuyến tỉnh đạt 96,8%; "
        "tỷ lệ trạm y tế xã đạt Bộ tiêu chí quốc gia về y tế xã là 87,5%.",
        "Mạng lưới cơ sở y tế và nhân lực bác sĩ của từng huyện, thị xã, thành phố được "
        "tổng hợp tại Bảng 1.",
    ],
    "t1_caption": "Bảng 1. Giường bệnh, bác sĩ và trạm y tế xã năm 2024",
    "t1_header": ["Đơn vị", "Số giường bệnh (giường)", "Số bác sĩ (người)",
                  "Số trạm y tế xã (trạm)", "Số trạm y tế có bác sĩ làm việc (trạm)"],
    "paras_middle": [
        "Công tác phòng, chống dịch bệnh và phát triển bảo hiểm y tế đạt kết quả tích cực; "
        "số liệu theo từng đơn vị tại Bảng 2.",
    ],
    "t2_caption": "Bảng 2. Bệnh sốt xuất huyết và tỷ lệ tham gia bảo hiểm y tế năm 2023, 2024",
    "t2_header_top": ["Đơn vị", "Số ca mắc sốt xuất huyết (ca)",
                      "Tỷ lệ dân số tham gia bảo hiểm y tế (%)"],
    "t2_header_sub": ["Năm 2023", "Năm 2024", "Năm 2023", "Năm 2024"],
    "paras_after": [
        "Năm 2025, ngành y tế phấn đấu đạt 14 bác sĩ trên 1 vạn dân, tỷ lệ dân số tham gia "
        "bảo hiểm y tế đạt 95% và 100% trạm y tế xã có bác sĩ làm việc.",
    ],
    "noi_nhan": "Nơi nhận: Bộ Y tế; UBND tỉnh; Các đơn vị trực thuộc Sở; Lưu: VT, KHTC.",
    "sign": ["GIÁM ĐỐC", "Lục Văn Thịnh"],
}

# ====================================================================
# 8. bao_cao_an_toan_giao_thong_2024.odt  (report, docx -> LibreOffice odt)
# ====================================================================
GT_ROWS_RAW = [  # đơn vị, số vụ, số người chết, số người bị thương, số vi phạm bị xử lý
    ("Thành phố Vĩnh Định", 58, 21, 47, 18426),
    ("Thị xã Lạc Phong", 26, 11, 19, 7315),
    ("Huyện Yên Thạch", 19, 9, 14, 5208),
    ("Huyện Hương Điền", 23, 12, 17, 6147),
    ("Huyện Đức Quang", 17, 8, 13, 4692),
    ("Huyện Tân Khải", 14, 6, 11, 3875),
    ("Huyện Mường Khoa", 9, 5, 6, 1934),
    ("Huyện Ngọc Khuê", 12, 7, 8, 2761),
]


def gt_rows():
    rows = [[u, str(a), str(b), str(c), vn_int(d)] for u, a, b, c, d in GT_ROWS_RAW]
    rows.append(["Tổng cộng"] + [vn_int(sum(r[k] for r in GT_ROWS_RAW)) for k in (1, 2, 3, 4)])
    return rows


ODT_DOC = {
    "header": ["UBND TỈNH HÒA VĨNH", "BAN AN TOÀN GIAO THÔNG", "Số: 52/BC-BATGT"],
    "title": "BÁO CÁO",
    "subtitle": "Tình hình trật tự, an toàn giao thông năm 2024",
    "paras_before": [
        "So với năm 2023, tai nạn giao thông trên địa bàn tỉnh giảm cả ba tiêu chí: giảm 12 "
        "vụ, giảm 7 người chết và giảm 15 người bị thương.",
        "Lực lượng chức năng đã tước 1.186 giấy phép lái xe có thời hạn và tạm giữ 2.470 "
        "phương tiện vi phạm.",
    ],
    "table_caption": "Bảng 1. Tai nạn giao thông đường bộ và xử lý vi phạm năm 2024 theo địa bàn",
    "table_header": ["Đơn vị", "Số vụ tai nạn (vụ)", "Số người chết (người)",
                     "Số người bị thương (người)", "Số trường hợp vi phạm bị xử lý"],
    "paras_after": [
        "Năm 2025, Ban An toàn giao thông tỉnh phấn đấu giảm từ 5% đến 10% số vụ, số người chết "
        "và số người bị thương do tai nạn giao thông so với năm 2024.",
        "KT. TRƯỞNG BAN",
        "PHÓ TRƯỞNG BAN",
        "Đoàn Quốc Hưng",
    ],
}

# ====================================================================
# 9. bao_cao_tin_dung_chinh_sach_6_thang_2025.pdf  (report, reportlab, DejaVuSans)
# ====================================================================
TD_RAW = [  # chương trình, dư nợ tỷ đồng, số khách hàng còn dư nợ, tỷ lệ nợ quá hạn %
    ("Cho vay hộ nghèo", 1186.4, 24315, 0.12),
    ("Cho vay hộ cận nghèo", 1042.7, 19872, 0.08),
    ("Cho vay hộ mới thoát nghèo", 638.5, 11406, 0.05),
    ("Cho vay giải quyết việc làm", 957.3, 17289, 0.06),
    ("Cho vay nước sạch và vệ sinh môi trường", 874.9, 39513, 0.03),
    ("Cho vay nhà ở xã hội", 412.8, 1047, 0.00),
    ("Cho vay học sinh, sinh viên", 226.1, 5930, 0.21),
]


def td_rows():
    rows = [[n, vn_dec(a), vn_int(k), vn_dec(q, 2)] for n, a, k, q in TD_RAW]
    A = sum(r[1] for r in TD_RAW)
    Q = sum(r[1] * r[3] for r in TD_RAW) / A
    rows.append(["Tổng cộng", vn_dec(A), vn_int(sum(r[2] for r in TD_RAW)), vn_dec(Q, 2)])
    return rows


PDF_DOC = {
    "header": ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH HÒA VĨNH", "Số: 214/BC-NHCS"],
    "title": "BÁO CÁO",
    "subtitle": "Kết quả thực hiện tín dụng chính sách xã hội 6 tháng đầu năm 2025",
    "paras_before": [
        "Đến ngày 30/6/2025, tổng nguồn vốn của chi nhánh đạt 5.684,2 tỷ đồng, tăng 412,6 tỷ "
        "đồng so với đầu năm.",
        "Trong 6 tháng đầu năm, đã có 18.357 lượt hộ nghèo và đối tượng chính sách được vay "
        "vốn; doanh số thu nợ đạt 731,5 tỷ đồng.",
    ],
    "table_caption": "Bảng 1. Dư nợ các chương trình tín dụng chính sách đến ngày 30/6/2025",
    "table_header": ["Chương trình cho vay", "Dư nợ (tỷ đồng)", "Số khách hàng còn dư nợ",
                     "Tỷ lệ nợ quá hạn (%)"],
    "paras_after": [
        "6 tháng cuối năm 2025, chi nhánh phấn đấu tăng trưởng dư nợ 9% so với đầu năm và "
        "giữ tỷ lệ nợ quá hạn dưới 0,1%.",
        "GIÁM ĐỐC",
        "Phùng Thế Anh",
    ],
}

# ====================================================================
# 10. nong_nghiep_thuy_san_2024.xlsx  (2 sheets; formula total row on sheet 1)
# ====================================================================
CAQ_SHEET = "Cây ăn quả 2024"
CAQ_TITLE = "Diện tích và sản lượng cây ăn quả tỉnh Hòa Vĩnh năm 2024"
CAQ_HEADER = ["Đơn vị", "Diện tích cho sản phẩm (ha)", "Sản lượng (tấn)", "Năng suất (tấn/ha)"]
CAQ_ROWS = [
    ("Thành phố Vĩnh Định", 612, 7418),
    ("Thị xã Lạc Phong", 1845, 21672),
    ("Huyện Yên Thạch", 3270, 39805),
    ("Huyện Hương Điền", 4915, 62374),
    ("Huyện Đức Quang", 2638, 30516),
    ("Huyện Tân Khải", 3482, 41937),
    ("Huyện Mường Khoa", 1127, 9846),
    ("Huyện Ngọc Khuê", 2364, 26158),
]
FMT_INT = "#,##0"
FMT_DEC = "#,##0.0"
# Năng suất column stored as a value (round(output/area, 1)), format "#,##0.0".
# Total row: B, C are =SUM(...), D is =C/B; cached values written by LibreOffice.

TS_SHEET = "Thủy sản 2024"
TS_TITLE = "Kết quả sản xuất thủy sản tỉnh Hòa Vĩnh năm 2024"
TS_HEADER = ["Đơn vị", "Diện tích nuôi trồng (ha)", "Sản lượng nuôi trồng (tấn)",
             "Sản lượng khai thác (tấn)"]
TS_ROWS = [
    ("Thành phố Vĩnh Định", 286, 1954, 312),
    ("Thị xã Lạc Phong", 742, 5238, 687),
    ("Huyện Yên Thạch", 1135, 7916, 1048),
    ("Huyện Hương Điền", 958, 6473, 529),
    ("Huyện Đức Quang", 624, 4127, 836),
    ("Huyện Tân Khải", 1306, 9582, 1275),
    ("Huyện Mường Khoa", 415, 2069, 1493),
    ("Huyện Ngọc Khuê", 538, 3346, 964),
]

# ====================================================================
# 11. di_tich_xep_hang_ngoc_khue.xls  (xlsx -> LibreOffice xls, Excel 97)
# ====================================================================
DT_TITLE = "Danh mục di tích lịch sử - văn hóa đã xếp hạng trên địa bàn huyện Ngọc Khuê"
DT_HEADER = ["Tên di tích", "Xã, thị trấn", "Cấp xếp hạng", "Năm xếp hạng", "Lượt khách năm 2024"]
DT_ROWS = [
    ("Đền Bà Ngọc", "Xã Ngọc Lâm", "Quốc gia", 1994, 28450),
    ("Chùa Phúc Nham", "Xã Khuê Sơn", "Quốc gia", 2009, 15630),
    ("Đình Thượng Khuê", "Thị trấn Ngọc Khuê", "Tỉnh", 2013, 6275),
    ("Hang Dơi Khau Mạ", "Xã Khau Mạ", "Tỉnh", 2017, 9840),
    ("Nghè Cổ Trạch", "Xã Ngọc Hòa", "Tỉnh", 2021, 3126),
    ("Địa điểm Chiến thắng đồi Pù Lang", "Xã Tân Hợp", "Quốc gia", 2004, 11905),
]
DT_FMT_Y = "0"
DT_FMT_K = "#,##0"

# ====================================================================
# 12. tong_ket_nam_hoc_2024_2025.pptx
# ====================================================================
GD_ROWS_RAW = [  # chỉ tiêu, 2023-2024, 2024-2025, number of decimals (Vietnamese style)
    ("Tỷ lệ học sinh tốt nghiệp THPT (%)", 97.86, 98.43, 2),
    ("Số giải học sinh giỏi quốc gia (giải)", 31, 38, 0),
    ("Số trường đạt chuẩn quốc gia (trường)", 412, 437, 0),
    ("Số phòng học được xây mới (phòng)", 268, 315, 0),
    ("Tỷ lệ trẻ 5 tuổi đi học mẫu giáo (%)", 99.12, 99.47, 2),
]


def gd_rows():
    out = []
    for name, a, b, nd in GD_ROWS_RAW:
        f = (lambda x: vn_int(x)) if nd == 0 else (lambda x: vn_dec(x, nd))
        out.append([name, f(a), f(b), "+" + f(round(b - a, nd))])
    return out


PPTX_SLIDES = [
    {"title": "Tổng kết năm học 2024-2025, triển khai nhiệm vụ năm học 2025-2026",
     "subtitle": "Sở Giáo dục và Đào tạo tỉnh Hòa Vĩnh - ngày 12 tháng 8 năm 2025"},
    {"title": "Kết quả nổi bật năm học 2024-2025",
     "bullets": [
         "Tổ chức an toàn kỳ thi tốt nghiệp THPT với 9.742 thí sinh dự thi",
         "Sắp xếp, sáp nhập 23 trường mầm non, tiểu học có quy mô nhỏ",
         "Đưa vào sử dụng hệ thống học bạ số tại 100% trường tiểu học",
     ]},
    {"title": "Một số chỉ tiêu so với năm học trước",
     "table_header": ["Chỉ tiêu", "Năm học 2023-2024", "Năm học 2024-2025", "Tăng thêm"]},
    {"title": "Nhiệm vụ trọng tâm năm học 2025-2026",
     "bullets": [
         "Xây mới 280 phòng học, ưu tiên các huyện Mường Khoa, Tân Khải",
         "Nâng số trường đạt chuẩn quốc gia lên 455 trường",
     ]},
]

# ====================================================================
# 13. tuyen_xe_buyt_noi_tinh_2025.csv  (UTF-8 with BOM, CRLF, ";"-separated as
#     Excel saves "CSV" under Vietnamese regional settings; Vietnamese numbers)
# ====================================================================
CSV_DELIM = ";"
CSV_HEADER = ["Lộ trình", "Số hiệu tuyến", "Cự ly (km)", "Giá vé (đồng/lượt)", "Số chuyến/ngày"]
CSV_ROWS = [
    ["Vĩnh Định - Lạc Phong", "01", "28,5", "15.000", "48"],
    ["Vĩnh Định - Yên Thạch", "02", "36,2", "20.000", "32"],
    ["Vĩnh Định - Hương Điền", "03", "41,7", "22.000", "30"],
    ["Lạc Phong - Đức Quang", "05", "33,4", "18.000", "24"],
    ["Vĩnh Định - Tân Khải", "06", "52,8", "28.000", "20"],
    ["Yên Thạch - Mường Khoa", "08", "67,3", "35.000", "12"],
    ["Vĩnh Định - Ngọc Khuê", "09", "45,9", "25.000", "26"],
]

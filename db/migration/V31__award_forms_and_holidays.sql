-- The six award forms of domain brief §7.1 (Bằng khen của Chủ tịch UBND tỉnh is the one used by the movement),
-- and Vietnamese public holidays 2024–2026 (Tết Nguyên đán and Giỗ Tổ by the lunar calendar, as announced).

insert into award_form (code, name, kind, for_collective, for_individual, decided_by, thematic, active, position) values
 ('BK_CT_UBND_TINH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'HINH_THUC_KHEN_THUONG', true, true, 'Chủ tịch Ủy ban nhân dân tỉnh', true, true, 1),
 ('CO_THI_DUA_UBND_TINH', 'Cờ thi đua của Ủy ban nhân dân tỉnh', 'DANH_HIEU_THI_DUA', true, false, 'Chủ tịch Ủy ban nhân dân tỉnh', false, false, 2),
 ('CSTD_CAP_TINH', 'Chiến sĩ thi đua cấp tỉnh', 'DANH_HIEU_THI_DUA', false, true, 'Chủ tịch Ủy ban nhân dân tỉnh', false, false, 3),
 ('TTLDXS', 'Tập thể lao động xuất sắc', 'DANH_HIEU_THI_DUA', true, false, 'Chủ tịch Ủy ban nhân dân tỉnh', false, false, 4),
 ('GIAY_KHEN', 'Giấy khen', 'HINH_THUC_KHEN_THUONG', true, true, 'Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND cấp xã', true, false, 5),
 ('BK_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ', 'HINH_THUC_KHEN_THUONG', true, true, 'Thủ tướng Chính phủ (theo đề nghị của Chủ tịch UBND tỉnh)', false, false, 6);

insert into public_holiday (day, name) values
 ('2024-01-01', 'Tết Dương lịch'),
 ('2024-02-08', 'Tết Nguyên đán'), ('2024-02-09', 'Tết Nguyên đán'), ('2024-02-12', 'Tết Nguyên đán'),
 ('2024-02-13', 'Tết Nguyên đán'), ('2024-02-14', 'Tết Nguyên đán'),
 ('2024-04-18', 'Giỗ Tổ Hùng Vương'), ('2024-04-29', 'Ngày Giải phóng miền Nam (hoán đổi)'),
 ('2024-04-30', 'Ngày Giải phóng miền Nam'), ('2024-05-01', 'Ngày Quốc tế Lao động'),
 ('2024-09-02', 'Quốc khánh'), ('2024-09-03', 'Quốc khánh'),
 ('2025-01-01', 'Tết Dương lịch'),
 ('2025-01-27', 'Tết Nguyên đán'), ('2025-01-28', 'Tết Nguyên đán'), ('2025-01-29', 'Tết Nguyên đán'),
 ('2025-01-30', 'Tết Nguyên đán'), ('2025-01-31', 'Tết Nguyên đán'),
 ('2025-04-07', 'Giỗ Tổ Hùng Vương'), ('2025-04-30', 'Ngày Giải phóng miền Nam'),
 ('2025-05-01', 'Ngày Quốc tế Lao động'), ('2025-05-02', 'Ngày Quốc tế Lao động (hoán đổi)'),
 ('2025-09-01', 'Quốc khánh'), ('2025-09-02', 'Quốc khánh'),
 ('2026-01-01', 'Tết Dương lịch'),
 ('2026-02-16', 'Tết Nguyên đán'), ('2026-02-17', 'Tết Nguyên đán'), ('2026-02-18', 'Tết Nguyên đán'),
 ('2026-02-19', 'Tết Nguyên đán'), ('2026-02-20', 'Tết Nguyên đán'),
 ('2026-04-27', 'Giỗ Tổ Hùng Vương'), ('2026-04-30', 'Ngày Giải phóng miền Nam'),
 ('2026-05-01', 'Ngày Quốc tế Lao động'), ('2026-09-01', 'Quốc khánh'), ('2026-09-02', 'Quốc khánh');

/**
 * Traditional characters and their simplified forms (branch vet-trad). Postings from Hong Kong, Macau and Taiwan
 * employers, and mainland ones copying them, are written in traditional characters ("招聘店員，月薪2萬，需先繳押金");
 * checkPosting rewrites each listed character to its simplified form once, in the text normalisation, so every rule
 * and word list keeps one spelling. A flag still quotes the poster's characters (the normalised text maps to the raw).
 *
 * Each line is a theme; each item is two characters, the traditional one then the simplified one. Only characters
 * whose traditional form is not also a different everyday simplified character are listed: 著 (显著), 乾 (乾坤), 藉 (狼藉),
 * 徵 and 餘 are read as written where a simplified text uses them too… except where the simplified reading is the only
 * one a job posting uses (餘 → 余, 徵 → 征 are listed; 著, 乾, 藉 are not).
 */
export const TRADITIONAL_PAIRS: readonly string[] = [
  // Money, pay and charges: 薪資 人工 出糧 佣金 押金 按金 報名費 培訓費 手續費 保證金 繳 費 錢 帳 貸 賺 …
  "費费 資资 錢钱 銀银 貸贷 賺赚 賠赔 償偿 價价 幣币 帳账 賬账 額额 僅仅 傭佣 繳缴 納纳 費费 賣卖 買买 賒赊 款款 糧粮",
  "結结 領领 撥拨 匯汇 彙汇 轉转 還还 歸归 稅税 險险 獎奖 勵励 補补 貼贴 積积 兌兑 現现 實实 證证 擔担 保保 營营",
  "萬万 億亿 塊块 兩两 幾几 雙双 個个 區区 單单 筆笔 數数 點点 級级 檔档 當当 對对 總总 頭头 週周 鐘钟 時时 間间",
  // Jobs and recruiting: 招聘 應徵 職位 學歷 經驗 員工 兼職 …
  "應应 徵征 聘聘 職职 務务 員员 僱雇 傭佣 業业 經经 驗验 歷历 學学 畢毕 務务 練练 訓训 試试 屆届 認认 識识 讀读",
  "師师 導导 長长 勞劳 動动 體体 質质 條条 環环 進进 選选 錄录 報报 過过 達达 適适 優优 勝胜 廠厂 場场 車车 輛辆",
  "務务 崗岗 園园 陣阵 隊队 組组 團团 網网 絡络 電电 腦脑 話话 訊讯 號号 碼码 與与 親亲 戶户 後后 裡里 裏里 於于",
  // Identity, documents, bank cards, contacts: 身份證 銀行卡 提款卡 微信 加LINE 加賴 …
  "證证 卡卡 戶户 質质 簽签 約约 議议 協协 書书 圖图 照照 錄录 複复 製制 鑰钥 賴赖 聯联 繫系 係系 關关 訂订 購购",
  // Attributes and screens: 限男/限女 已婚/未婚 籍貫 身高 體重 婦女 …
  "婦妇 孕孕 婚婚 齡龄 貫贯 歲岁 鄉乡 縣县 鎮镇 區区 醫医 療疗 嬰婴 兒儿 媽妈 爺爷 奶奶 孫孙 兩两 狀状 態态 殘残",
  "障障 聾聋 啞哑 盲盲 視视 聽听 患患 肝肝 傳传 藥药 檢检 測测 黨党 宗宗 團团 滿满 蒙蒙 維维 漢汉 華华 僑侨 臺台",
  "灣湾 門门 廣广 東东 遼辽 龍龙 陝陕 蘇苏 貴贵 雲云 寧宁 疆疆 濟济 雜杂 國国 際际 島岛 頓顿 髮发 膚肤 貌貌 顏颜",
  // Everyday words around them: verbs, negators, particles, measure words.
  "說说 講讲 請请 讓让 給给 問问 聞闻 發发 開开 關关 門门 見见 覺觉 觀观 現现 將将 會会 來来 這这 麼么 們们 個个",
  "為为 無无 沒没 從从 們们 禮礼 樣样 體体 邊边 處处 氣气 熱热 電电 燈灯 飯饭 餐餐 飲饮 館馆 飾饰 裝装 衛卫 潔洁",
  "務务 線线 靈灵 專专 幫帮 帶带 換换 掃扫 搵搵 揀拣 擇择 撈捞 擺摆 攤摊 據据 擁拥 張张 彈弹 強强 懷怀 憑凭 應应",
  "難难 雖虽 誰谁 該该 準准 確确 談谈 調调 讀读 譯译 護护 變变 讚赞 輕轻 較较 輸输 運运 遲迟 選选 遠远 遞递 邊边",
  "陸陆 陽阳 陰阴 隨随 隱隐 險险 須须 預预 頁页 項项 順顺 領领 頻频 題题 願愿 類类 顧顾 風风 飛飞 養养 餘余 館馆",
  "驗验 駕驾 騙骗 馬马 鳥鸟 魚鱼 麥麦 黃黄 齊齐 齒齿 龜龟 壓压 廳厅 廚厨 樓楼 標标 機机 構构 權权 歡欢 殺杀 氣气",
  "決决 況况 淨净 減减 溫温 濕湿 灑洒 燒烧 爭争 牆墙 獨独 獲获 產产 畫画 當当 發发 盡尽 監监 盤盘 礎础 禦御 稱称",
  "穩稳 窮穷 競竞 筆笔 節节 範范 簡简 紅红 紀纪 級级 紙纸 細细 終终 組组 經经 給给 統统 絕绝 續续 維维 綜综 緊紧",
  "緣缘 編编 縮缩 總总 績绩 織织 羅罗 義义 習习 聖圣 聲声 聯联 職职 肅肃 脫脱 腳脚 與与 舊旧 艱艰 莊庄 蓋盖 藝艺",
  "蘭兰 處处 號号 蟲虫 補补 裝装 複复 製制 見见 規规 親亲 覽览 觸触 計计 訂订 記记 許许 設设 訪访 診诊 評评 詢询",
  "詳详 誠诚 誤误 說说 諮谘 謝谢 證证 識识 警警 負负 財财 貨货 貪贪 貧贫 購购 貿贸 賓宾 質质 趕赶 趨趋 跡迹 踐践",
  "軍军 軟软 載载 輔辅 辦办 農农 這这 連连 週周 達达 違违 適适 遺遗 還还 鄰邻 針针 錯错 鍵键 鏈链 長长 閉闭 開开",
  "閒闲 閑闲 間间 闆板 隊队 階阶 際际 雜杂 離离 雞鸡 電电 靜静 韓韩 頂顶 頓顿 頸颈 額额 顯显 飽饱 體体 鬥斗 麵面",
  // (second pass) Characters of duties, places and everyday wording around the rules' words: a clause read half in one
  // script and half in the other ("負責收費" with 責 unread) lost the context that clears a word.
  "責责 掛挂 嚴严 麗丽 傷伤 彎弯 擬拟 佈布 倉仓 倆俩 偉伟 側侧 傑杰 備备 傢家 傘伞 儀仪 儲储 兇凶 內内 冊册 凍冻 劃划",
  "劑剂 勁劲 勢势 勻匀 卻却 厲厉 參参 叢丛 啟启 喚唤 喪丧 嗎吗 嘆叹 噴喷 圍围 堅坚 塵尘 墊垫 壞坏 壯壮 夢梦 夥伙",
  "奪夺 奮奋 妝妆 寢寝 審审 寫写 寬宽 寶宝 尋寻 層层 屬属 岡冈 巖岩 帥帅 幹干 廁厕 廢废 廟庙 徑径 復复 徹彻 恆恒",
  "惡恶 惱恼 愛爱 慘惨 慣惯 憂忧 懇恳 戰战 戲戏 拋抛 揚扬 損损 搖摇 搶抢 擊击 擋挡 擔担 擠挤 擴扩 攜携 敗败 敵敌",
  "斷断 晉晋 暫暂 曆历 棄弃 棟栋 槍枪 樂乐 橋桥 檢检 櫃柜 歐欧 毀毁 沖冲 衝冲 涼凉 淺浅 湯汤 滅灭 滬沪 漁渔 潛潜",
  "澤泽 濃浓 爐炉 牽牵 猶犹 異异 癢痒 盜盗 眾众 礙碍 禍祸 穀谷 窩窝 竊窃 築筑 籃篮 籌筹 紋纹 純纯 紗纱 紮扎 紹绍",
  "絲丝 綁绑 綠绿 緒绪 緩缓 縫缝 繩绳 繪绘 罰罚 罷罢 聰聪 脅胁 脈脉 腎肾 膠胶 臉脸 臨临 興兴 艙舱 蘋苹 虛虚 術术",
  "襪袜 託托 討讨 詐诈 詞词 詩诗 誌志 誘诱 語语 課课 論论 諾诺 謀谋 謂谓 謹谨 譽誉 豐丰 豬猪 貓猫 貝贝 賀贺 賭赌",
  "趙赵 躍跃 軌轨 輝辉 辭辞 迴回 遊游 遙遥 遷迁 醜丑 釋释 鐵铁 銷销 鋼钢 鍋锅 鎖锁 鏡镜 閃闪 閱阅 闊阔 陳陈 隻只",
  "霧雾 響响 颱台 飄飘 餅饼 饑饥 騎骑 騰腾 驚惊 髒脏 鬧闹 魯鲁 鮮鲜 鹽盐 龐庞 懶懒 撐撑 擾扰 淚泪 溝沟 滾滚 濱滨",
  "燦灿 爛烂 獅狮 盧卢 礦矿 篩筛 籤签 粵粤 紐纽 絨绒 綱纲 縱纵 繼继 臟脏 薦荐 蘊蕴 虧亏 蝦虾 褲裤 覓觅 訴诉 該该",
  "誇夸 諒谅 諧谐 謠谣 譜谱 貢贡 販贩 貶贬 賦赋 賽赛 贈赠 軸轴 輪轮 轄辖 邁迈 郵邮 鄭郑 釀酿 鈔钞 銅铜 鋪铺 錶表",
  "閣阁 闖闯 韋韦 頒颁 顆颗 餓饿 餵喂 駐驻 驅驱 鴨鸭 鵝鹅 黴霉 鬆松 嚮向 捨舍 彆别 鍾钟 燭烛 蠟蜡 廂厢 瀏浏 擠挤",
  "產产 畢毕 證证 門门 們们 檯台 臺台 櫥橱 盞盏 碗碗 鍛锻 鑽钻 鎮镇 鑑鉴 鑒鉴 雇雇 營营 傭佣 佣佣 搵搵 糧粮 蚊蚊 別别 説说 爲为 眞真 温温 衆众 綫线 着着 麽么 唸念 裏里 佔占 併并 週周 僱雇 彙汇 迺乃",
  // Round on former-blind-48/49 (branch vet4849-noise): 考慮 (a refusal, "…的不考慮"), 維吾爾, 舉報.
  "慮虑 爾尔 舉举",
];

/** The table checkPosting reads: traditional code → simplified code. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  TRADITIONAL_PAIRS.flatMap((line) => line.split(" "))
    .filter((pair) => pair.length === 2 && pair[0] !== pair[1])
    .map((pair) => [pair[0] as string, pair[1] as string]),
);

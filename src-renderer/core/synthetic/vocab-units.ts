/**
 * Word lists for synthetic customer units. Group names are the real, public names of China's
 * defence-industry groups; everything below group level is composed from generic words, so no
 * generated 所/厂/部队 stands for a real unit's specifics.
 */
export interface DefenceGroup {
  name: string;
  shortName: string;
  /** Word the group's subsidiaries carry in their names (航天…, 船舶…). */
  brand: string;
  fields: readonly string[];
}

/**
 * The "eleven groups" (十一大军工集团) of 2002 became, through the AVIC (2008), CNNC (2018) and CSSC
 * (2019) mergers and the founding of AECC (2016), the groups below; offices still count CEC and
 * the China Academy of Engineering Physics (a group-level unit, not a company) among them.
 */
export const DEFENCE_GROUPS: readonly DefenceGroup[] = [
  { name: '中国核工业集团有限公司', shortName: '中核集团', brand: '中核', fields: ['核燃料', '核动力', '辐射防护', '核仪器'] },
  { name: '中国航天科技集团有限公司', shortName: '航天科技', brand: '航天', fields: ['运载火箭', '空间飞行器', '固体推进', '复合材料'] },
  { name: '中国航天科工集团有限公司', shortName: '航天科工', brand: '航天', fields: ['防空导弹', '惯性导航', '雷达', '微电子'] },
  { name: '中国航空工业集团有限公司', shortName: '航空工业', brand: '航空', fields: ['飞机设计', '机载设备', '航空材料', '直升机'] },
  { name: '中国航空发动机集团有限公司', shortName: '中国航发', brand: '航发', fields: ['航空发动机', '燃气轮机', '高温合金', '精密铸造'] },
  { name: '中国船舶集团有限公司', shortName: '中国船舶', brand: '船舶', fields: ['舰船设计', '水声', '动力装置', '船用材料'] },
  { name: '中国兵器工业集团有限公司', shortName: '兵器工业', brand: '兵器', fields: ['装甲车辆', '含能材料', '光电', '弹药'] },
  { name: '中国兵器装备集团有限公司', shortName: '兵器装备', brand: '兵装', fields: ['特种车辆', '光电', '机电', '新能源'] },
  { name: '中国电子科技集团有限公司', shortName: '中国电科', brand: '电科', fields: ['雷达', '通信', '电子对抗', '集成电路'] },
  { name: '中国电子信息产业集团有限公司', shortName: '中国电子', brand: '中电', fields: ['计算机', '网络安全', '集成电路', '软件'] },
  { name: '中国工程物理研究院', shortName: '中物院', brand: '工物', fields: ['激光', '特种材料', '电子工程', '化工材料'] },
];

/** City → province (municipalities are their own province). Places where the industry is. */
export const CITIES: readonly (readonly [string, string])[] = [
  ['北京', '北京'],
  ['上海', '上海'],
  ['天津', '天津'],
  ['重庆', '重庆'],
  ['西安', '陕西'],
  ['宝鸡', '陕西'],
  ['汉中', '陕西'],
  ['成都', '四川'],
  ['绵阳', '四川'],
  ['德阳', '四川'],
  ['自贡', '四川'],
  ['沈阳', '辽宁'],
  ['大连', '辽宁'],
  ['葫芦岛', '辽宁'],
  ['哈尔滨', '黑龙江'],
  ['长春', '吉林'],
  ['南京', '江苏'],
  ['无锡', '江苏'],
  ['苏州', '江苏'],
  ['常州', '江苏'],
  ['杭州', '浙江'],
  ['武汉', '湖北'],
  ['宜昌', '湖北'],
  ['襄阳', '湖北'],
  ['长沙', '湖南'],
  ['株洲', '湖南'],
  ['湘潭', '湖南'],
  ['贵阳', '贵州'],
  ['遵义', '贵州'],
  ['安顺', '贵州'],
  ['昆明', '云南'],
  ['兰州', '甘肃'],
  ['太原', '山西'],
  ['郑州', '河南'],
  ['洛阳', '河南'],
  ['石家庄', '河北'],
  ['保定', '河北'],
  ['济南', '山东'],
  ['青岛', '山东'],
  ['烟台', '山东'],
  ['合肥', '安徽'],
  ['南昌', '江西'],
  ['景德镇', '江西'],
  ['九江', '江西'],
  ['广州', '广东'],
  ['深圳', '广东'],
  ['厦门', '福建'],
  ['福州', '福建'],
  ['包头', '内蒙古'],
  ['银川', '宁夏'],
  ['西宁', '青海'],
  ['乌鲁木齐', '新疆'],
];

/** How a province is written in an address: 陕西省, but 内蒙古自治区. */
export const PROVINCE_SUFFIX: Readonly<Record<string, string>> = { 内蒙古: '自治区', 宁夏: '回族自治区', 新疆: '维吾尔自治区' };

/** Generic district words that exist in many cities (no 浦东 in 太原). */
export const DISTRICT_WORDS = ['高新', '经开', '新城', '城关', '开发', '新区', '东城', '西城', '南城', '北城', '城南', '城北'];
export const ROAD_WORDS = ['科技路', '航天大道', '工业园路', '创新路', '长江路', '黄河路', '振兴路', '建设路', '学府路', '光明路', '胜利街', '和平路'];

/** 专业领域 words shared by all unit kinds. */
export const FIELD_WORDS = [
  '复合材料',
  '金属材料',
  '特种涂层',
  '热防护',
  '精密加工',
  '焊接',
  '表面处理',
  '无损检测',
  '惯性导航',
  '雷达',
  '通信',
  '光电',
  '红外',
  '激光',
  '微波',
  '电源',
  '伺服控制',
  '液压',
  '计量测试',
  '环境试验',
  '结构强度',
  '动力',
  '推进剂',
  '火工品',
  '橡胶密封',
  '光纤',
  '传感器',
  '声学',
  '自动控制',
  '机电',
  '精密机械',
  '特种工艺',
  '可靠性',
  '电子元器件',
  '天线',
  '仿真',
  '测控',
  '材料检测',
  '热处理',
  '粉末冶金',
];

/** Second-level name endings: 院 or company. */
export const LEVEL2_ENDINGS = ['研究院', '技术研究院', '科技有限公司', '有限公司', '设计研究院', '工业有限公司'];
/** Third-level name endings: 所 or 厂 (and their company forms after restructuring). */
export const LEVEL3_ENDINGS = ['研究所', '研究所', '技术研究所', '厂', '机械厂', '仪器厂', '电子厂', '材料厂', '有限责任公司', '制造厂'];

export const PRIVATE_BRANDS = [
  '华泰',
  '中天',
  '恒瑞',
  '金盛',
  '宏远',
  '天润',
  '博创',
  '联创',
  '精诚',
  '瑞达',
  '鼎力',
  '航宇',
  '星火',
  '远望',
  '德胜',
  '卓越',
  '凯乐',
  '东方',
  '新华',
  '长城',
  '中科',
  '华中',
  '蓝天',
  '赛特',
  '铂力',
  '晶华',
  '正和',
  '泰德',
  '天成',
  '海威',
];
export const PRIVATE_INDUSTRIES = ['新材料科技', '精密机械', '电子科技', '复合材料', '航空科技', '智能装备', '特种材料', '检测技术', '化工', '光电技术'];

/** [name, short name as offices write it]. */
export const UNIVERSITIES: readonly (readonly [string, string])[] = [
  ['北京航空航天大学', '北航'],
  ['西北工业大学', '西工大'],
  ['哈尔滨工业大学', '哈工大'],
  ['南京航空航天大学', '南航'],
  ['国防科技大学', '国防科大'],
  ['北京理工大学', '北理工'],
  ['南京理工大学', '南理工'],
  ['哈尔滨工程大学', '哈工程'],
  ['西安电子科技大学', '西电'],
  ['电子科技大学', '电子科大'],
  ['中北大学', '中北大'],
  ['沈阳航空航天大学', '沈航'],
];
export const RESEARCH_ENDINGS = ['研究院', '研究中心', '重点实验室', '工程中心'];

/** Armed-forces customers: a numbered unit (番号 style) or a military representative office. */
export const ARMED_FORCES_PREFIXES = ['3', '6', '9'];

export const OTHER_UNIT_ENDINGS = ['检测中心', '计量站', '行业协会', '质量监督站'];

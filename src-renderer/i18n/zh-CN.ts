import { homeZhCN } from './areas/home';
import { recordFieldsZhCN } from './areas/record-fields';
import { customerDetailZhCN } from './areas/customer-detail';
import { customerMergeZhCN } from './areas/customer-merge';
import { gradingZhCN } from './areas/grading';
import { gradingRulesZhCN } from './areas/grading-rules';
import { gradingCustomerZhCN } from './areas/grading-customer';
import { gradingSectionZhCN } from './areas/grading-section';
import { complaintsCoreZhCN } from './areas/complaints-core';
import { complaintsZhCN } from './areas/complaints';
import { customerHistoryZhCN } from './areas/customer-history';
import { customersZhCN } from './areas/customers';
import { exchangeZhCN } from './areas/exchange';
import { reportsZhCN } from './areas/reports';
import { satisfactionZhCN } from './areas/satisfaction';
import { complaintStatsZhCN } from './areas/complaint-stats';
import { exchangeSelectionZhCN } from './areas/exchange-selection';
import { exchangeImportZhCN } from './areas/exchange-import';
import { exchangeChecksZhCN } from './areas/exchange-checks';
import { keyTrustZhCN } from './areas/key-trust';
import { exchangeStagingZhCN } from './areas/exchange-staging';
import { backupScheduleZhCN } from './areas/backup-schedule';
import { settingsNavZhCN } from './areas/settings-nav';
import { keyLockZhCN } from './areas/key-lock';
import { accountsUiZhCN } from './areas/accounts';
import { formRulesZhCN } from './areas/form-rules';
import { recordKindsZhCN } from './areas/record-kinds';
import { gradingDecisionZhCN } from './areas/grading-decision';
import { managersZhCN } from './areas/managers';
import { recycleBinZhCN } from './areas/recycle-bin';
import { requirementsZhCN } from './areas/requirements';
import { gradeHistoryZhCN } from './areas/grade-history';
import { paretoZhCN } from './areas/pareto';
import { accountsMessagesZhCN } from './areas/accounts-messages';
import { dataScopeZhCN } from './areas/data-scope';
import { auditZhCN } from './areas/audit';
import { auditMessagesZhCN } from './areas/audit-messages';
import { usersZhCN } from './areas/users';
import { securityZhCN } from './areas/security';
import { outputZhCN } from './areas/output';
import { spreadsheetImportZhCN } from './areas/spreadsheet-import';
import { spreadsheetZhCN } from './areas/spreadsheet';
import { demoZhCN } from './areas/demo';
import { attachmentsZhCN } from './areas/attachments';
import { attachmentsMessagesZhCN } from './areas/attachments-messages';
import { attachmentScreensZhCN } from './areas/attachment-screens';

/**
 * Simplified Chinese, the default locale and the source of every message key.
 * en-US.ts must translate every key (the type checker enforces it).
 */
export const zhCN = {
  'app.name': 'Airgap CRM',
  'app.title': '客户管理系统',
  'app.loading': '正在打开数据库…',

  'nav.home': '工作台',
  'nav.settings': '系统设置',
  'nav.reports': '报表',
  'nav.grading': '客户分级',
  'nav.exchange': '数据交换',
  'nav.customers': '客户档案',
  'nav.recycleBin': '回收站',
  'nav.spreadsheetImport': '导入表格',
  'nav.requirements': '客户需求',
  'nav.complaints': '投诉反馈',
  'nav.analysis': '统计分析',
  'nav.section': '导航',

  'header.locale': '语言',
  'header.theme.light': '切换到浅色主题',
  'header.theme.dark': '切换到深色主题',
  'header.markTitle': '默认密级标志',

  'locale.zh-CN': '简体中文',
  'locale.en-US': 'English',

  'setup.title': '首次使用设置',
  'setup.intro': '本系统在本机离线运行，数据只保存在这台计算机上。请先填写本部门信息，以后可在“系统设置”中修改。',
  'setup.submit': '完成设置',
  'setup.saving': '正在保存…',
  'setup.keysNote': '完成设置时，本机将生成安装编号和用于部门间加密交换的密钥。',

  'profile.organisation': '单位名称',
  'profile.organisation.placeholder': '例如：航天材料及工艺研究所',
  'profile.department': '部门',
  'profile.department.placeholder': '例如：市场部',
  'profile.operatorName': '操作员姓名',
  'profile.operatorName.placeholder': '例如：张伟',
  'profile.defaultMark': '默认密级标志',
  'profile.defaultMark.hint': '打印页眉默认使用的密级标志；报告的标志不会低于其中记录的密级。',
  'profile.markLevel': '密级',
  'profile.markPeriod': '保密期限（年）',
  'profile.save': '保存',
  'profile.saved': '部门信息已保存',
  'profile.unchanged': '没有需要保存的修改',

  'mark.public': '公开',
  'mark.internal': '内部',
  'mark.secret': '秘密',
  'mark.confidential': '机密',

  'home.greeting': '{name}，您好',
  'home.today': '今天是 {date}',
  'home.profile': '本部门',
  'home.storage': '数据存储',

  'install.id': '安装编号',
  'install.createdAt': '初始化时间',
  'install.ageRecipient': '加密交换公钥（age）',
  'install.signingKey': '签名公钥指纹（Ed25519）',
  'install.dataLocation': '数据位置',
  'install.shell': '运行方式',
  'install.shell.electron': '桌面程序',
  'install.shell.browser': '浏览器（无桌面程序时的同等界面）',
  'install.version': '版本',
  'storage.persisted': '已申请持久存储，浏览器不会自动清除数据',
  'storage.notPersisted': '未获得持久存储：磁盘空间不足时浏览器可能清除数据，请定期备份',
  'storage.browserLocation': '本浏览器配置文件中的本地数据库（{origin}）',

  'settings.title': '系统设置',
  'settings.profile': '部门信息',
  'settings.appearance': '外观与语言',
  'settings.installation': '本机信息',
  'settings.attachmentDiskUse': '附件占用空间：{files} 个文件，{size}',
  'settings.history': '修改记录',
  'settings.theme': '主题',
  'settings.theme.light': '浅色',
  'settings.theme.dark': '深色',
  'settings.theme.auto': '跟随系统',
  'settings.language': '界面语言',
  'settings.history.empty': '暂无修改记录',

  'history.when': '时间',
  'history.who': '操作人',
  'history.what': '操作',
  'history.field': '字段',
  'history.before': '原值',
  'history.after': '新值',
  'history.op.create': '创建',
  'history.op.update': '修改',
  'history.op.delete': '删除',
  'history.op.restore': '恢复',

  'validation.required': '此项必填',
  'validation.hasSubUnits': '该单位还有下级单位，请先删除或移走下级单位',
  'validation.customerDeleted': '所属客户已删除，请先恢复该客户',
  'validation.tooLong': '内容过长',
  'validation.controlChars': '含有不可见的控制字符',
  'validation.markPeriod': '秘密、机密级须注明保密期限（1–30 年）；公开、内部不注明',
  'validation.invalidId': '编号格式无效',
  'validation.reservedId': '此编号为系统保留字（constructor、prototype），请换一个',
  'validation.mergedCustomer': '该客户已合并到另一客户，其全部记录已在合并后的客户中，不能恢复',
  'validation.invalidRev': '版本戳格式无效',
  'validation.invalid_type': '格式不正确',
  'validation.invalid_value': '取值无效',
  'validation.too_small': '数值过小',
  'validation.too_big': '数值过大',
  'validation.custom': '内容无效',
  'validation.choice': '请从列表中选择',
  'validation.tooMany': '条目过多',
  'validation.date': '日期无效（格式 YYYY-MM-DD，且须为实际存在的日期）',
  'validation.dateInFuture': '日期不能晚于今天',
  'validation.instant': '时间格式无效',
  'validation.phone': '电话号码无效：手机为 11 位，固话须带区号，如 010-88886666',
  'validation.money': '金额须为不小于 0 的数（万元，最多 4 位小数）',
  'validation.moneyPositive': '金额须大于 0',
  'validation.year': '年份须为 1990–2100 之间的整数',
  'validation.followUpBeforeDate': '跟进日期不能早于往来日期',
  'validation.dueBeforeReceived': '要求答复日期不能早于接收日期',
  'validation.answeredBeforeReceived': '答复日期不能早于接收日期',
  'validation.answerRequired': '已答复或已关闭的需求须填写答复内容',
  'validation.parentLevel': '上级单位层级不符：集团无上级，二级单位隶属集团，三级单位隶属二级单位',
  'validation.parentRequired': '二级、三级单位须选择上级单位',
  'validation.parentMissing': '上级单位不存在或已删除',
  'validation.childLevel': '该单位有下级单位，改变层级后下级单位将不再相符',
  'validation.sameManager': '交接双方不能是同一位客户经理',
  'validation.managerInactive': '接手的客户经理已停用',
  'validation.mergeSelf': '不能将客户合并到其自身',
  'validation.mergeDeleted': '已删除的客户不能合并',
  'validation.mergeLevel': '两个单位层级不同或互为上下级，无法合并其下级单位',
  'validation.fixErrors': '请更正标红的字段，尚未保存任何内容',

  'host.badFileName': '文件名无效',
  'host.badSecret': '密钥数据无效',
  'host.fileTooLarge': '文件超过 256 MB，未保存：本系统只能读取 256 MB 以内的文件',
  'hostError.file-too-large': '文件超过允许的大小，未读取（表格、密钥卡片等单个读取的文件最大 256 MB；交换文件和备份文件分块读取，不受此限）',
  'hostError.bad-request': '请求无效，已拒绝',
  'hostError.bad-path': '文件路径无效或不可访问',
  'hostError.io-error': '读写文件失败',
  'hostError.unsupported': '当前运行方式不支持此操作',
  'hostError.untrusted-sender': '请求来源不可信，已拒绝',

  'dbError.title': '无法打开数据库',
  'dbError.newer-version': '数据库由更新版本的本软件创建，当前版本无法打开。请安装新版本，数据未作任何改动。',
  'dbError.migration-failed': '数据库升级失败，已停止，原有数据未被清除。请联系系统管理员，用备份文件恢复。',
  'dbError.unavailable': '浏览器存储不可用（可能被禁用或磁盘已满），原有数据未被清除。',
  'dbError.keep': '本软件不会自动重置数据库。',
  'dbError.retry': '重试',
  'dbError.detail': '技术信息',
  'dbError.restoreHint': '如有备份文件，可点击“从备份恢复”：备份将恢复到一个新的数据库，无法打开的原数据库保留不动。',

  'backup.section': '备份与恢复',
  'backup.intro': '将整个数据库（包括修改记录和本机密钥）备份为一个加密文件，保存到经审批的存储介质上。恢复时须输入备份口令。',
  'backup.create': '创建备份',
  'backup.restore': '从备份恢复',
  'backup.passphrase': '备份口令',
  'passphrase.confirm': '再次输入口令',
  'backup.passphraseHint': '至少 10 个字符。口令遗失后备份无法恢复，请按保密规定妥善保管。',
  'passphrase.short': '口令至少 10 个字符',
  'passphrase.mismatch': '两次输入的口令不一致',
  'backup.start': '开始备份',
  'backup.close': '关闭',
  'passphrase.deriving': '正在根据口令生成密钥…',
  'backup.saved': '备份已保存：{name}',
  'backup.cancelled': '已取消，未保存任何文件',
  'backup.failed': '备份失败，未保存任何文件',
  'restore.title': '从备份恢复',
  'restore.installationId': '安装编号',
  'restore.choose': '选择备份文件',
  'restore.file': '备份文件：{name}',
  'restore.verify': '校验并读取',
  'restore.progress': '正在校验：{done} / {total} 条',
  'restore.summary': '备份文件完整，签名有效',
  'restore.source': '来源',
  'restore.createdAt': '备份时间',
  'restore.exporter': '备份人',
  'restore.signer': '签名指纹',
  'restore.counts': '内容',
  'restore.replaceWarning': '恢复将用备份中的数据替换当前全部数据，当前数据随即删除，不可撤销。',
  'restore.keepBroken': '无法打开的原数据库保留不动，不会被删除。',
  'restore.confirm': '用此备份替换当前数据',
  'restore.done': '恢复完成，正在重新打开…',
  'restore.attachmentAltered': '备份中附件“{name}”的内容与其校验值不符，已被改动，不能恢复，当前数据未作任何改动。',
  'restore.attachmentMissing': '备份缺少附件“{name}”的内容（不完整或已被改动），不能恢复，当前数据未作任何改动。',
  'restore.failed': '恢复失败，当前数据未作任何改动',
  'restore.notABackup': '该文件是部门交换文件，不是数据库备份',
  'archiveError.empty': '文件是空的，里面没有任何内容。请确认选对了文件。',
  'archiveError.not-age': '这不是本系统的加密文件（也可能已损坏），无法打开。请确认选对了文件。',
  'archiveError.truncated': '文件不完整或已损坏（可能复制时中断、存储介质损坏或被篡改），无法打开。请重新复制或重新导出。',
  'archiveError.corrupt': '文件已损坏或已被改动，无法打开。请重新复制或重新导出。',
  'archiveError.wrong-key': '口令或密钥不正确，无法解密。请核对口令（区分大小写）后重试。',
  'archiveError.work-factor-too-high': '文件的加密强度超出本系统允许的范围，可能不是本系统生成的，拒绝打开。',
  'archiveError.bad-lock': '口令或密钥无效，无法使用。',
  'archiveError.bad-signing-key': '本机签名密钥无效，无法签名。请联系系统管理员。',
  'archiveError.not-gzip': '文件内容无法识别，可能不是本系统生成的，拒绝处理。',
  'archiveError.not-ndjson': '文件内容格式错误，可能不是本系统生成的，拒绝处理。',
  'archiveError.line-too-long': '文件中有一条记录超出长度上限，拒绝处理。',
  'archiveError.too-large': '文件中的记录数超出本系统的上限，拒绝处理。',
  'archiveError.bad-manifest': '文件开头的内容说明无效，可能不是本系统生成的，拒绝处理。',
  'archiveError.unknown-format-version': '文件由其他版本的本软件生成，当前版本无法读取。请确认双方使用的软件版本。',
  'archiveError.newer-schema': '文件由更新版本的本软件生成，请先升级本软件再打开。',
  'archiveError.bad-record': '文件中有无效记录，拒绝处理。',
  'archiveError.unknown-kind': '文件中有本系统不认识的记录类型，拒绝处理（可能由更新版本的本软件生成）。',
  'archiveError.hostile-key': '文件中含有不安全的内容，拒绝处理。',
  'archiveError.duplicate-record': '文件中有重复的记录，拒绝处理。',
  'archiveError.missing-trailer': '文件缺少末尾的签名，可能不完整或已被改动，拒绝处理。',
  'archiveError.hash-mismatch': '文件内容与签名时不一致，已被改动，拒绝处理。',
  'archiveError.bad-signature': '文件的签名不符，已被改动，拒绝处理。',
  'archiveError.count-mismatch': '文件中的记录数与文件开头的说明不符，已被改动，拒绝处理。',
  'archiveError.cancelled': '已取消',
  'archiveError.payload-too-large': '文件解压后超过 2 GB（远超全院数据量，可能是恶意构造的文件），拒绝处理。',
  'archiveError.blob-mismatch': '文件中某个附件的内容与其校验值不符，已被改动，拒绝处理。',
  'archiveError.blob-missing': '文件缺少某个附件的内容（不完整或已被改动），拒绝处理。',
  'archiveError.blob-unexpected': '文件中的附件内容与记录或文件开头的说明不符，已被改动，拒绝处理。',

  'notFound.title': '页面不存在',
  'notFound.body': '该地址没有对应的页面，可能是过期的链接。',
  'notFound.home': '返回工作台',
  'common.yes': '是',
  'common.no': '否',
  'common.loading': '正在读取…',
  'common.close': '关闭',
  'common.cancel': '取消',
  'common.delete': '删除',
  'common.restore': '恢复',
  'common.restoreOf': '恢复 {name}',
  'common.restored': '已恢复',
  'common.refused': '未能完成',
  'common.save': '保存',
  'common.saved': '已保存',
  'common.editOf': '编辑 {name}',
  'common.deleteOf': '删除 {name}',
  'common.deleteBody': '确定删除“{name}”吗？删除后可在回收站恢复。',
  'common.deleted': '已删除，可在回收站恢复',
  'common.overdue': '逾期',
  'common.money': '{amount} 万元',
  'common.progress': '已处理 {done} / {total} 条',
  'common.progressAttachments': '附件 {done} / {total} MB',
  'common.actions': '操作',
  'common.toggleVisibility': '显示或隐藏输入的字符',
  'common.pickDate': '从日历中选择日期',
  'common.copy': '复制',
  'common.copied': '已复制',
  'common.error': '操作失败',
  'grade.none': '未定级',
  ...customersZhCN,
  ...customerDetailZhCN,
  ...customerMergeZhCN,
  ...gradingZhCN,
  ...gradingCustomerZhCN,
  ...customerHistoryZhCN,
  ...gradingRulesZhCN,
  ...exchangeZhCN,
  ...exchangeSelectionZhCN,
  ...exchangeImportZhCN,
  ...exchangeChecksZhCN,
  ...keyTrustZhCN,
  ...exchangeStagingZhCN,
  ...backupScheduleZhCN,
  ...settingsNavZhCN,
  ...keyLockZhCN,
  ...accountsUiZhCN,
  ...formRulesZhCN,
  ...gradingSectionZhCN,
  ...complaintsCoreZhCN,
  ...complaintsZhCN,
  ...reportsZhCN,
  ...satisfactionZhCN,
  ...complaintStatsZhCN,
  ...recordKindsZhCN,
  ...gradingDecisionZhCN,
  ...managersZhCN,
  ...recycleBinZhCN,
  ...requirementsZhCN,
  ...gradeHistoryZhCN,
  ...paretoZhCN,
  ...homeZhCN,
  ...recordFieldsZhCN,
  ...accountsMessagesZhCN,
  ...dataScopeZhCN,
  ...auditMessagesZhCN,
  ...auditZhCN,
  ...usersZhCN,
  ...securityZhCN,
  ...outputZhCN,
  ...spreadsheetImportZhCN,
  ...spreadsheetZhCN,
  ...demoZhCN,
  ...attachmentsZhCN,
  ...attachmentsMessagesZhCN,
  ...attachmentScreensZhCN,
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;

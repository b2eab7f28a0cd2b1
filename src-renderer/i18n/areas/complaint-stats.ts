/** 统计分析 section and its 投诉统计 view (features/analysis, features/complaint-stats). */
export const complaintStatsZhCN = {
  'complaintStats.nav.label': '统计分析视图',
  'complaintStats.nav.complaints': '投诉统计',
  'complaintStats.nav.satisfaction': '满意度',

  'complaintStats.year': '年度',
  'complaintStats.yearOption': '{year} 年',
  'complaintStats.grades': '客户等级',
  'complaintStats.allGrades': '全部等级',
  'complaintStats.empty': '{year} 年没有符合条件的投诉',

  'complaintStats.total': '投诉总数',
  'complaintStats.totalValue': '{count} 件',
  'complaintStats.answerOnTime': '答复及时率',
  'complaintStats.closeOnTime': '关闭及时率',
  'complaintStats.onTimeDetail': '{onTime} / {due} 件按期',
  'complaintStats.nothingDue': '尚无到期投诉',
  'complaintStats.meanAnswer': '平均答复用时',
  'complaintStats.meanClose': '平均关闭用时',
  'complaintStats.days': '{days} 天',
  'complaintStats.verification': '客户确认满意度',
  'complaintStats.verificationValue': '{mean} / 5 分',
  'complaintStats.verificationDetail': '{count} 件投诉的客户确认',
  'complaintStats.surveys': '满意度调查',
  'complaintStats.surveysDetail': '本年 {count} 份调查的平均满意度',
  'complaintStats.onTimeNote': '及时率 = 按期答复（关闭）数 ÷ 已答复（关闭）或已逾期数，未到期的不计入；用时按自然日计。',

  'complaintStats.byCategory': '按投诉类别',
  'complaintStats.byDepartment': '按责任部门',
  'complaintStats.bySeverity': '按严重程度',
  'complaintStats.byMonth': '按受理月份',
  'complaintStats.item': '项目',
  'complaintStats.count': '件数',
  'complaintStats.share': '占比',
  'complaintStats.month': '{month} 月',
  'complaintStats.chartLabel': '{title}的柱状图，数字见旁边的表格',

} as const;

export const complaintStatsEnUS: Record<keyof typeof complaintStatsZhCN, string> = {
  'complaintStats.nav.label': 'Analysis views',
  'complaintStats.nav.complaints': 'Complaint statistics',
  'complaintStats.nav.satisfaction': 'Satisfaction',

  'complaintStats.year': 'Year',
  'complaintStats.yearOption': '{year}',
  'complaintStats.grades': 'Customer grades',
  'complaintStats.allGrades': 'All grades',
  'complaintStats.empty': 'No complaints match in {year}',

  'complaintStats.total': 'Complaints',
  'complaintStats.totalValue': '{count}',
  'complaintStats.answerOnTime': 'Answered on time',
  'complaintStats.closeOnTime': 'Closed on time',
  'complaintStats.onTimeDetail': '{onTime} of {due} on time',
  'complaintStats.nothingDue': 'Nothing due yet',
  'complaintStats.meanAnswer': 'Mean time to answer',
  'complaintStats.meanClose': 'Mean time to close',
  'complaintStats.days': '{days} days',
  'complaintStats.verification': 'Satisfaction at verification',
  'complaintStats.verificationValue': '{mean} / 5',
  'complaintStats.verificationDetail': 'Verified by the customer on {count} complaints',
  'complaintStats.surveys': 'Satisfaction surveys',
  'complaintStats.surveysDetail': 'Mean of {count} surveys this year',
  'complaintStats.onTimeNote':
    'On-time rate = answered (closed) by the deadline ÷ answered (closed) or overdue; complaints not yet due do not count. Times are in calendar days.',

  'complaintStats.byCategory': 'By category',
  'complaintStats.byDepartment': 'By responsible department',
  'complaintStats.bySeverity': 'By severity',
  'complaintStats.byMonth': 'By month received',
  'complaintStats.item': 'Item',
  'complaintStats.count': 'Count',
  'complaintStats.share': 'Share',
  'complaintStats.month': '{month}',
  'complaintStats.chartLabel': 'Bar chart {title}; the numbers are in the table beside it',

};

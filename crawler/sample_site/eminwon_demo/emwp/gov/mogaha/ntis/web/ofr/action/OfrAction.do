<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body><script type="text/javascript">alert('잘못된 접근입니다.'); history.back();</script></body></html>

"""A loopback SMTP server for the two-instance check: appends "recipients|subject" per message it receives."""
import asyncore
import email
import smtpd
import sys
import warnings
from email.header import decode_header, make_header

warnings.filterwarnings("ignore", category=DeprecationWarning)


class Sink(smtpd.SMTPServer):

    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        message = email.message_from_bytes(data)
        subject = str(make_header(decode_header(message.get("Subject", ""))))
        with open(sys.argv[2], "a", encoding="utf-8") as log:
            log.write("%s|%s\n" % (",".join(rcpttos), subject.replace("\n", " ")))


Sink(("127.0.0.1", int(sys.argv[1])), None, decode_data=False)
asyncore.loop()

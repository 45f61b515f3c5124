<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AnswerText</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>A file (no longer on the server)</source>
        <translation>A file (no longer on the server)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation>This is too short.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use at most %1 characters.</translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation>This is too long.</translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation>This does not look like an email address.</translation>
    </message>
    <message>
        <source>This is not a valid phone number. Include the area code, e.g. 030 1234567.</source>
        <translation>This is not a valid phone number. Include the area code, e.g. 030 1234567.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, dashes and underscores only.</source>
        <translation>Use lower-case letters, digits, dots, dashes and underscores only.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation>This contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>This user name is taken. Please choose another.</source>
        <translation>This user name is taken. Please choose another.</translation>
    </message>
    <message>
        <source>We do not know this referral code. Please check it or leave the field empty.</source>
        <translation>We do not know this referral code. Please check it or leave the field empty.</translation>
    </message>
    <message>
        <source>This value is unknown.</source>
        <translation>This value is unknown.</translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and the server address, then try again.</source>
        <translation>The server cannot be reached. Check your internet connection and the server address, then try again.</translation>
    </message>
    <message>
        <source>The server answered unexpectedly (HTTP %1). Please try again later.</source>
        <translation>The server answered unexpectedly (HTTP %1). Please try again later.</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Please check the highlighted fields.</translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation>Your session has ended. Please log in again.</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>You are not allowed to do this.</translation>
    </message>
    <message>
        <source>Your registration is still being reviewed by the agency.</source>
        <translation>Your registration is still being reviewed by the agency.</translation>
    </message>
    <message>
        <source>Your registration was not approved.</source>
        <translation>Your registration was not approved.</translation>
    </message>
    <message>
        <source>Please complete your onboarding checklist first.</source>
        <translation>Please complete your onboarding checklist first.</translation>
    </message>
    <message>
        <source>This no longer exists. It may have been removed.</source>
        <translation>This no longer exists. It may have been removed.</translation>
    </message>
    <message>
        <source>Someone changed this in the meantime. Reload and try again.</source>
        <translation>Someone changed this in the meantime. Reload and try again.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many attempts. Please try again in %n minute.</numerusform>
            <numerusform>Too many attempts. Please try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Please try again in %n second.</numerusform>
            <numerusform>Too many attempts. Please try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation>This is too large to send.</translation>
    </message>
    <message>
        <source>The app and the server do not understand each other. Please update the app.</source>
        <translation>The app and the server do not understand each other. Please update the app.</translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation>The server is busy. Please try again in a moment.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Please try again later.</source>
        <translation>Something went wrong on the server. Please try again later.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
    <message>
        <source>An account with this email address already exists. Log in instead.</source>
        <translation>An account with this email address already exists. Log in instead.</translation>
    </message>
    <message>
        <source>This is already taken.</source>
        <translation>This is already taken.</translation>
    </message>
    <message>
        <source>The login details are wrong. Check your email address or user name and your password.</source>
        <translation>The login details are wrong. Check your email address or user name and your password.</translation>
    </message>
</context>
<context>
    <name>AvatarImage</name>
    <message>
        <source>The file could not be opened.</source>
        <translation>The file could not be opened.</translation>
    </message>
    <message>
        <source>This picture is too large (%1 MB). Please choose one of at most 5 MB.</source>
        <translation>This picture is too large (%1 MB). Please choose one of at most 5 MB.</translation>
    </message>
    <message>
        <source>This file is not a picture. Please choose a PNG, JPEG, GIF or BMP image.</source>
        <translation>This file is not a picture. Please choose a PNG, JPEG, GIF or BMP image.</translation>
    </message>
    <message>
        <source>This picture could not be read. It may be damaged.</source>
        <translation>This picture could not be read. It may be damaged.</translation>
    </message>
    <message>
        <source>This picture has too many pixels (%1 × %2). Please choose one of at most 40 megapixels.</source>
        <translation>This picture has too many pixels (%1 × %2). Please choose one of at most 40 megapixels.</translation>
    </message>
</context>
<context>
    <name>CallbackText</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Passed on to the agency</source>
        <translation>Passed on to the agency</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>%1: delivered %2</source>
        <translation>%1: delivered %2</translation>
    </message>
    <message>
        <source>%1: failed for good (%2)</source>
        <translation>%1: failed for good (%2)</translation>
    </message>
    <message>
        <source>%1: being sent</source>
        <translation>%1: being sent</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>soon</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attempt(s), next %2</source>
        <translation>
            <numerusform>%1: %n attempt, next %2</numerusform>
            <numerusform>%1: %n attempts, next %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n attempt(s), next %2 (%3)</source>
        <translation>
            <numerusform>%1: %n attempt, next %2 (%3)</numerusform>
            <numerusform>%1: %n attempts, next %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s request is marked as called back.</source>
        <translation>%1&apos;s request is marked as called back.</translation>
    </message>
    <message>
        <source>%1&apos;s request is done.</source>
        <translation>%1&apos;s request is done.</translation>
    </message>
    <message>
        <source>%1&apos;s request is open again.</source>
        <translation>%1&apos;s request is open again.</translation>
    </message>
</context>
<context>
    <name>PickedFile</name>
    <message>
        <source>This file is %1; files of at most %2 can be uploaded.</source>
        <translation>This file is %1; files of at most %2 can be uploaded.</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>This file cannot be read: %1</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>This file is empty.</translation>
    </message>
    <message>
        <source>This file is larger than 20 MB.</source>
        <translation>This file is larger than 20 MB.</translation>
    </message>
</context>
<context>
    <name>ReferralText</name>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>Personal link</source>
        <translation>Personal link</translation>
    </message>
    <message>
        <source>Code typed in by hand</source>
        <translation>Code typed in by hand</translation>
    </message>
    <message>
        <source>Assigned by the agency</source>
        <translation>Assigned by the agency</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>via %1</translation>
    </message>
    <message>
        <source>Personal link, no campaign details</source>
        <translation>Personal link, no campaign details</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>assigned to %1.</source>
        <translation>assigned to %1.</translation>
    </message>
    <message>
        <source>assignment to %1 removed.</source>
        <translation>assignment to %1 removed.</translation>
    </message>
    <message>
        <source>moved from %1 to %2.</source>
        <translation>moved from %1 to %2.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
</context>
<context>
    <name>ResponseCache</name>
    <message>
        <source>Offline, as of %1</source>
        <translation>Offline, as of %1</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>The file could not be saved: %1</source>
        <translation>The file could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>We could not verify your company. Please call us at 030 1234567.</source>
        <translation>We could not verify your company. Please call us at 030 1234567.</translation>
    </message>
</context>
<context>
    <name>TabbedCardList</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>VideoAdminMessages</name>
    <message>
        <source>%1: the server cannot be reached. Changes need the connection; try again once you are online.</source>
        <translation>%1: the server cannot be reached. Changes need the connection; try again once you are online.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>VideoContentFile</name>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>This file cannot be read: %1</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>This file is empty.</translation>
    </message>
</context>
<context>
    <name>VideoThumbnailImage</name>
    <message>
        <source>This picture cannot be read. Choose a JPEG or PNG file.</source>
        <translation>This picture cannot be read. Choose a JPEG or PNG file.</translation>
    </message>
</context>
<context>
    <name>callbacksdemo</name>
    <message>
        <source>The landing page shows an error since this morning.</source>
        <translation>The landing page shows an error since this morning.</translation>
    </message>
    <message>
        <source>Telegram is not reachable (HTTP 502)</source>
        <translation>Telegram is not reachable (HTTP 502)</translation>
    </message>
    <message>
        <source>WhatsApp allows free text only within 24 hours; configure a template</source>
        <translation>WhatsApp allows free text only within 24 hours; configure a template</translation>
    </message>
    <message>
        <source>WhatsApp bot</source>
        <translation>WhatsApp bot</translation>
    </message>
</context>
<context>
    <name>kp::client::AdAccountsPage</name>
    <message>
        <source>Ad accounts</source>
        <translation>Ad accounts</translation>
    </message>
    <message>
        <source>Connect each customer&apos;s Facebook and Google Ads accounts; their figures are synced regularly and at once when connected.</source>
        <translation>Connect each customer&apos;s Facebook and Google Ads accounts; their figures are synced regularly and at once when connected.</translation>
    </message>
    <message>
        <source>Connect account</source>
        <translation>Connect account</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Import CSV …</source>
        <translation>Import CSV …</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Account ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Credentials</translation>
    </message>
    <message>
        <source>Connected accounts</source>
        <translation>Connected accounts</translation>
    </message>
    <message>
        <source>Loading customers …</source>
        <translation>Loading customers …</translation>
    </message>
    <message>
        <source>Choose a customer …</source>
        <translation>Choose a customer …</translation>
    </message>
    <message>
        <source>No approved customers yet</source>
        <translation>No approved customers yet</translation>
    </message>
    <message>
        <source>Once you approve a registration, you can connect the customer&apos;s ad accounts here.</source>
        <translation>Once you approve a registration, you can connect the customer&apos;s ad accounts here.</translation>
    </message>
    <message>
        <source>Choose a customer</source>
        <translation>Choose a customer</translation>
    </message>
    <message>
        <source>Pick a customer above to see and connect their ad accounts.</source>
        <translation>Pick a customer above to see and connect their ad accounts.</translation>
    </message>
    <message>
        <source>Loading ad accounts …</source>
        <translation>Loading ad accounts …</translation>
    </message>
    <message>
        <source>No ad account connected yet</source>
        <translation>No ad account connected yet</translation>
    </message>
    <message>
        <source>Connect the customer&apos;s Facebook or Google Ads account, or import their figures from a CSV file.</source>
        <translation>Connect the customer&apos;s Facebook or Google Ads account, or import their figures from a CSV file.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>none (CSV)</source>
        <translation>none (CSV)</translation>
    </message>
    <message>
        <source>Credentials stored</source>
        <translation>Credentials stored</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 connected; the first sync is running.</source>
        <translation>%1 connected; the first sync is running.</translation>
    </message>
    <message>
        <source>Remove ad account?</source>
        <translation>Remove ad account?</translation>
    </message>
    <message>
        <source>%1 %2 will no longer be synced and its figures disappear from the customer&apos;s dashboard. Its token is deleted.</source>
        <translation>%1 %2 will no longer be synced and its figures disappear from the customer&apos;s dashboard. Its token is deleted.</translation>
    </message>
    <message>
        <source>Ad account removed.</source>
        <translation>Ad account removed.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) queued for syncing.</source>
        <translation>
            <numerusform>%n source queued for syncing.</numerusform>
            <numerusform>%n sources queued for syncing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import figures from a CSV file</source>
        <translation>Import figures from a CSV file</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Name of the source</source>
        <translation>Name of the source</translation>
    </message>
    <message>
        <source>Shown in the customer&apos;s small print, e.g. &quot;LinkedIn&quot;:</source>
        <translation>Shown in the customer&apos;s small print, e.g. &quot;LinkedIn&quot;:</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) imported.</source>
        <translation>
            <numerusform>%n day imported.</numerusform>
            <numerusform>%n days imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: line %1 of the file is not valid (%2). The columns are date,leads,spend,clicks,impressions.</source>
        <translation>Nothing was imported: line %1 of the file is not valid (%2). The columns are date,leads,spend,clicks,impressions.</translation>
    </message>
</context>
<context>
    <name>kp::client::AppLinkHandler</name>
    <message>
        <source>This link cannot be opened in the app. You can type the referral code by hand.</source>
        <translation>This link cannot be opened in the app. You can type the referral code by hand.</translation>
    </message>
    <message>
        <source>This link is for registering a new account. You are already signed in.</source>
        <translation>This link is for registering a new account. You are already signed in.</translation>
    </message>
</context>
<context>
    <name>kp::client::ApprovalStatusPage</name>
    <message>
        <source>Check status</source>
        <translation>Check status</translation>
    </message>
    <message>
        <source>Not activated yet (checked at %1).</source>
        <translation>Not activated yet (checked at %1).</translation>
    </message>
    <message>
        <source>Thank you, your registration has been received</source>
        <translation>Thank you, your registration has been received</translation>
    </message>
    <message>
        <source>The agency will now check your details and activate your account, usually within one working day. You can close the app; when you open it again, you will see the status here.</source>
        <translation>The agency will now check your details and activate your account, usually within one working day. You can close the app; when you open it again, you will see the status here.</translation>
    </message>
    <message>
        <source>Use a different account</source>
        <translation>Use a different account</translation>
    </message>
    <message>
        <source>Your registration is being reviewed</source>
        <translation>Your registration is being reviewed</translation>
    </message>
    <message>
        <source>The agency has not decided yet. As soon as your account is activated, the portal opens here by itself.</source>
        <translation>The agency has not decided yet. As soon as your account is activated, the portal opens here by itself.</translation>
    </message>
    <message>
        <source>The agency has not decided yet. As soon as your account is activated, you can log in with your email address and password.</source>
        <translation>The agency has not decided yet. As soon as your account is activated, you can log in with your email address and password.</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>Back to login</translation>
    </message>
    <message>
        <source>Your registration was not approved</source>
        <translation>Your registration was not approved</translation>
    </message>
    <message>
        <source>If you have questions about this decision, please contact the agency.</source>
        <translation>If you have questions about this decision, please contact the agency.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::ApprovalsPage</name>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Check new customers and activate their accounts.</source>
        <translation>Check new customers and activate their accounts.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Loading registrations …</source>
        <translation>Loading registrations …</translation>
    </message>
    <message>
        <source>No registration is waiting for you.</source>
        <translation>No registration is waiting for you.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) waiting for your decision.</source>
        <translation>
            <numerusform>%n registration waiting for your decision.</numerusform>
            <numerusform>%n registrations waiting for your decision.</numerusform>
        </translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation>All caught up</translation>
    </message>
    <message>
        <source>New registrations appear here. Customers can log in once you approve them.</source>
        <translation>New registrations appear here. Customers can log in once you approve them.</translation>
    </message>
    <message>
        <source>No approved customers yet</source>
        <translation>No approved customers yet</translation>
    </message>
    <message>
        <source>Approved registrations are listed here.</source>
        <translation>Approved registrations are listed here.</translation>
    </message>
    <message>
        <source>No rejected registrations</source>
        <translation>No rejected registrations</translation>
    </message>
    <message>
        <source>Registrations you reject are listed here with their reason.</source>
        <translation>Registrations you reject are listed here with their reason.</translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation>%1 can log in now.</translation>
    </message>
    <message>
        <source>%1 could not be approved: %2</source>
        <translation>%1 could not be approved: %2</translation>
    </message>
    <message>
        <source>The registration of %1 was rejected.</source>
        <translation>The registration of %1 was rejected.</translation>
    </message>
</context>
<context>
    <name>kp::client::AttributionDialog</name>
    <message>
        <source>Save correction</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Correct attribution</source>
        <translation>Correct attribution</translation>
    </message>
    <message>
        <source>Who brought %1?</source>
        <translation>Who brought %1?</translation>
    </message>
    <message>
        <source>The partner&apos;s figures follow at once. The change and its reason are kept in the history with your name.</source>
        <translation>The partner&apos;s figures follow at once. The change and its reason are kept in the history with your name.</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Nobody</translation>
    </message>
    <message>
        <source>e.g. The customer named Jana Becker on the phone.</source>
        <translation>e.g. The customer named Jana Becker on the phone.</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>A customer cannot have brought themselves.</source>
        <translation>A customer cannot have brought themselves.</translation>
    </message>
    <message>
        <source>That would be a circle: this customer brought the chosen partner, directly or through others.</source>
        <translation>That would be a circle: this customer brought the chosen partner, directly or through others.</translation>
    </message>
    <message>
        <source>This customer no longer exists. Reload the list and choose again.</source>
        <translation>This customer no longer exists. Reload the list and choose again.</translation>
    </message>
    <message>
        <source>This customer cannot be a partner.</source>
        <translation>This customer cannot be a partner.</translation>
    </message>
</context>
<context>
    <name>kp::client::AuthFrame</name>
    <message>
        <source>Kundenportal</source>
        <translation>Kundenportal</translation>
    </message>
</context>
<context>
    <name>kp::client::AvatarCropDialog</name>
    <message>
        <source>Use picture</source>
        <translation>Use picture</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profile picture</translation>
    </message>
    <message>
        <source>Choose the part of the picture to show</source>
        <translation>Choose the part of the picture to show</translation>
    </message>
    <message>
        <source>Drag the square or use the arrow keys; zoom with the slider or the mouse wheel.</source>
        <translation>Drag the square or use the arrow keys; zoom with the slider or the mouse wheel.</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kp::client::AvatarCropView</name>
    <message>
        <source>Picture section</source>
        <translation>Picture section</translation>
    </message>
    <message>
        <source>Move the square with the arrow keys, change its size with + and -.</source>
        <translation>Move the square with the arrow keys, change its size with + and -.</translation>
    </message>
</context>
<context>
    <name>kp::client::AvatarDropZone</name>
    <message>
        <source>Profile picture</source>
        <translation>Profile picture</translation>
    </message>
    <message>
        <source>Drop a picture here</source>
        <translation>Drop a picture here</translation>
    </message>
    <message>
        <source>PNG, JPEG, GIF or BMP, at most 5 MB</source>
        <translation>PNG, JPEG, GIF or BMP, at most 5 MB</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Choose picture…</translation>
    </message>
    <message>
        <source>Choose a profile picture</source>
        <translation>Choose a profile picture</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Pictures (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>kp::client::CallbackCard</name>
    <message>
        <source>The agency is being notified.</source>
        <translation>The agency is being notified.</translation>
    </message>
    <message>
        <source>The agency has your request since %1 and will call you.</source>
        <translation>The agency has your request since %1 and will call you.</translation>
    </message>
    <message>
        <source>The agency called you back (%1).</source>
        <translation>The agency called you back (%1).</translation>
    </message>
    <message>
        <source>Closed on %1.</source>
        <translation>Closed on %1.</translation>
    </message>
    <message>
        <source>Requested %1</source>
        <translation>Requested %1</translation>
    </message>
    <message>
        <source>Callback to %1</source>
        <translation>Callback to %1</translation>
    </message>
    <message>
        <source>Waiting for a connection</source>
        <translation>Waiting for a connection</translation>
    </message>
    <message>
        <source>Kept on this computer; it is sent by itself when the connection is back.</source>
        <translation>Kept on this computer; it is sent by itself when the connection is back.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>No channel to the agency is configured on the server.</source>
        <translation>No channel to the agency is configured on the server.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Mark called back</source>
        <translation>Mark called back</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Interested in “%1”</source>
        <translation>Interested in “%1”</translation>
    </message>
    <message>
        <source>No phone number in the profile: please answer by email.</source>
        <translation>No phone number in the profile: please answer by email.</translation>
    </message>
    <message>
        <source>Phone from the profile: %1</source>
        <translation>Phone from the profile: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::CallbackDialog</name>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Request callback</source>
        <translation>Request callback</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Request a callback</source>
        <translation>Request a callback</translation>
    </message>
    <message>
        <source>e.g. 030 1234567 or +41 44 668 18 00</source>
        <translation>e.g. 030 1234567 or +41 44 668 18 00</translation>
    </message>
    <message>
        <source>We will call you back as soon as possible.</source>
        <translation>We will call you back as soon as possible.</translation>
    </message>
    <message>
        <source>Which number can we reach you on? The agency sees who you are, you need not say it again.</source>
        <translation>Which number can we reach you on? The agency sees who you are, you need not say it again.</translation>
    </message>
    <message>
        <source>My callback requests</source>
        <translation>My callback requests</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>We will call: %1</source>
        <translation>We will call: %1</translation>
    </message>
    <message>
        <source>Sending …</source>
        <translation>Sending …</translation>
    </message>
    <message>
        <source>Thank you, your request has arrived</source>
        <translation>Thank you, your request has arrived</translation>
    </message>
    <message>
        <source>We will call you back on %1 as soon as possible. You can follow your request under &quot;My callback requests&quot;.</source>
        <translation>We will call you back on %1 as soon as possible. You can follow your request under &quot;My callback requests&quot;.</translation>
    </message>
    <message>
        <source>Your request will be sent as soon as you are online</source>
        <translation>Your request will be sent as soon as you are online</translation>
    </message>
    <message>
        <source>There is no connection to the server right now. Your request for a callback on %1 is kept on this computer and goes out by itself when the connection is back.</source>
        <translation>There is no connection to the server right now. Your request for a callback on %1 is kept on this computer and goes out by itself when the connection is back.</translation>
    </message>
</context>
<context>
    <name>kp::client::CallbackInboxPage</name>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Customers who asked to be called back.</source>
        <translation>Customers who asked to be called back.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Called back</source>
        <translation>Called back</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Loading callback requests …</source>
        <translation>Loading callback requests …</translation>
    </message>
    <message>
        <source>No customer is waiting for a call.</source>
        <translation>No customer is waiting for a call.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) waiting for a call.</source>
        <translation>
            <numerusform>%n customer waiting for a call.</numerusform>
            <numerusform>%n customers waiting for a call.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Nobody is waiting</translation>
    </message>
    <message>
        <source>Requests for a callback appear here as soon as a customer sends one.</source>
        <translation>Requests for a callback appear here as soon as a customer sends one.</translation>
    </message>
    <message>
        <source>Nothing called back yet</source>
        <translation>Nothing called back yet</translation>
    </message>
    <message>
        <source>Requests you mark as called back are listed here.</source>
        <translation>Requests you mark as called back are listed here.</translation>
    </message>
    <message>
        <source>No callback requests</source>
        <translation>No callback requests</translation>
    </message>
    <message>
        <source>Customers ask for a callback with the button in their sidebar.</source>
        <translation>Customers ask for a callback with the button in their sidebar.</translation>
    </message>
</context>
<context>
    <name>kp::client::CallbackRequester</name>
    <message>
        <source>Callback request</source>
        <translation>Callback request</translation>
    </message>
</context>
<context>
    <name>kp::client::ChecklistController</name>
    <message>
        <source>Checklist answers</source>
        <translation>Checklist answers</translation>
    </message>
    <message>
        <source>The checklist can only be completed while the server can be reached. Your answers are kept; please try again in a moment.</source>
        <translation>The checklist can only be completed while the server can be reached. Your answers are kept; please try again in a moment.</translation>
    </message>
</context>
<context>
    <name>kp::client::ChecklistItemField</name>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, e.g. %1</source>
        <translation>YYYY-MM-DD, e.g. %1</translation>
    </message>
    <message>
        <source>Please choose …</source>
        <translation>Please choose …</translation>
    </message>
    <message>
        <source>Choose file …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>No file uploaded yet.</source>
        <translation>No file uploaded yet.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose file for “%1”</source>
        <translation>Choose file for “%1”</translation>
    </message>
    <message>
        <source>Documents and pictures (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation>Documents and pictures (*.pdf *.png *.jpg *.jpeg *.txt)</translation>
    </message>
    <message>
        <source>Done by the agency</source>
        <translation>Done by the agency</translation>
    </message>
    <message>
        <source>The agency takes care of this; not done yet.</source>
        <translation>The agency takes care of this; not done yet.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Please tick this once it is done.</source>
        <translation>Please tick this once it is done.</translation>
    </message>
    <message>
        <source>Please choose one of the options.</source>
        <translation>Please choose one of the options.</translation>
    </message>
    <message>
        <source>Please upload a file.</source>
        <translation>Please upload a file.</translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation>Please fill in this field.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use at most %1 characters.</translation>
    </message>
    <message>
        <source>This file is larger than 20 MB.</source>
        <translation>This file is larger than 20 MB.</translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation>This contains characters that are not allowed.</translation>
    </message>
    <message>
        <source>Enter a web address with http:// or https://, e.g. https://www.example.de.</source>
        <translation>Enter a web address with http:// or https://, e.g. https://www.example.de.</translation>
    </message>
    <message>
        <source>Enter a date that exists as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>Enter a date that exists as YYYY-MM-DD, e.g. 2026-03-01.</translation>
    </message>
    <message>
        <source>This file type is not accepted. Please upload a PDF, PNG, JPEG or text file.</source>
        <translation>This file type is not accepted. Please upload a PDF, PNG, JPEG or text file.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
</context>
<context>
    <name>kp::client::ChecklistPage</name>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Checklist completed</source>
        <translation>Checklist completed</translation>
    </message>
    <message>
        <source>Thank you! The agency now has everything it needs to prepare your campaign. You can still change your answers below.</source>
        <translation>Thank you! The agency now has everything it needs to prepare your campaign. You can still change your answers below.</translation>
    </message>
    <message>
        <source>Continue to the overview</source>
        <translation>Continue to the overview</translation>
    </message>
    <message>
        <source>Loading your checklist …</source>
        <translation>Loading your checklist …</translation>
    </message>
    <message>
        <source>Nothing to do yet</source>
        <translation>Nothing to do yet</translation>
    </message>
    <message>
        <source>The agency has not published a checklist yet. You will find it here.</source>
        <translation>The agency has not published a checklist yet. You will find it here.</translation>
    </message>
    <message>
        <source>The agency added new items to the checklist: %1.</source>
        <translation>The agency added new items to the checklist: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message>
        <source>Please check these items: %1.</source>
        <translation>Please check these items: %1.</translation>
    </message>
    <message>
        <source>All answers saved.</source>
        <translation>All answers saved.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Your answers are kept on this computer and sent as soon as the connection is back.</source>
        <translation>The server cannot be reached. Your answers are kept on this computer and sent as soon as the connection is back.</translation>
    </message>
    <message>
        <source>What the agency needs from you to start your campaign.</source>
        <translation>What the agency needs from you to start your campaign.</translation>
    </message>
    <message>
        <source>Fields marked * are required. Your answers are saved as you type.</source>
        <translation>Fields marked * are required. Your answers are saved as you type.</translation>
    </message>
</context>
<context>
    <name>kp::client::ChecklistProgressSummary</name>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Completed on %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>kp::client::ChecklistStatusPage</name>
    <message>
        <source>Synchronise checklist now</source>
        <translation>Synchronise checklist now</translation>
    </message>
    <message>
        <source>Import CSV …</source>
        <translation>Import CSV …</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Where the customers&apos; checklist comes from and how the last read went.</source>
        <translation>Where the customers&apos; checklist comes from and how the last read went.</translation>
    </message>
    <message>
        <source>Status of the sheet</source>
        <translation>Status of the sheet</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last read</source>
        <translation>Last read</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Choose the checklist as CSV</source>
        <translation>Choose the checklist as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The sheet is not shared with the portal. Share it (or make it readable by link) and synchronise again.</source>
        <translation>The sheet is not shared with the portal. Share it (or make it readable by link) and synchronise again.</translation>
    </message>
    <message>
        <source>The sheet was not found. Check the spreadsheet ID in the server&apos;s settings.</source>
        <translation>The sheet was not found. Check the spreadsheet ID in the server&apos;s settings.</translation>
    </message>
    <message>
        <source>The tab of the checklist was not found. Was it renamed?</source>
        <translation>The tab of the checklist was not found. Was it renamed?</translation>
    </message>
    <message>
        <source>Google could not be reached. The portal tries again at the next sync.</source>
        <translation>Google could not be reached. The portal tries again at the next sync.</translation>
    </message>
    <message>
        <source>Google asked the portal to wait. It tries again at the next sync.</source>
        <translation>Google asked the portal to wait. It tries again at the next sync.</translation>
    </message>
    <message>
        <source>Google refused the portal&apos;s key. Check the API key or the service account in the server&apos;s settings.</source>
        <translation>Google refused the portal&apos;s key. Check the API key or the service account in the server&apos;s settings.</translation>
    </message>
    <message>
        <source>The sheet has problems; the last good version stays live:%1</source>
        <translation>The sheet has problems; the last good version stays live:%1</translation>
    </message>
    <message>
        <source>Reading the sheet failed: %1</source>
        <translation>Reading the sheet failed: %1</translation>
    </message>
    <message>
        <source>Google Sheet</source>
        <translation>Google Sheet</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <source>No checklist published yet</source>
        <translation>No checklist published yet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>The checklist was read again; nothing changed.</source>
        <translation>The checklist was read again; nothing changed.</translation>
    </message>
    <message>
        <source>Version %1 of the checklist is published.</source>
        <translation>Version %1 of the checklist is published.</translation>
    </message>
    <message>
        <source>No Google Sheet is configured on the server. Import the checklist as a CSV file instead.</source>
        <translation>No Google Sheet is configured on the server. Import the checklist as a CSV file instead.</translation>
    </message>
    <message>
        <source>Import the same file again</source>
        <translation>Import the same file again</translation>
    </message>
    <message>
        <source>The file is not saved as UTF-8. Save it as “CSV UTF-8” and import it again.</source>
        <translation>The file is not saved as UTF-8. Save it as “CSV UTF-8” and import it again.</translation>
    </message>
    <message>
        <source>A quotation mark in the file is never closed.</source>
        <translation>A quotation mark in the file is never closed.</translation>
    </message>
    <message>
        <source>The sheet has no items.</source>
        <translation>The sheet has no items.</translation>
    </message>
    <message>
        <source>The sheet has too many items (%1).</source>
        <translation>The sheet has too many items (%1).</translation>
    </message>
    <message>
        <source>Header row: the column “%1” is missing.</source>
        <translation>Header row: the column “%1” is missing.</translation>
    </message>
    <message>
        <source>Header row: the column “%1” appears twice.</source>
        <translation>Header row: the column “%1” appears twice.</translation>
    </message>
    <message>
        <source>empty, but needed</source>
        <translation>empty, but needed</translation>
    </message>
    <message>
        <source>“%1” is not a valid item_id (letters, digits, “_”, “.” and “-” only, at most 64)</source>
        <translation>“%1” is not a valid item_id (letters, digits, “_”, “.” and “-” only, at most 64)</translation>
    </message>
    <message>
        <source>the item_id “%1” is used twice</source>
        <translation>the item_id “%1” is used twice</translation>
    </message>
    <message>
        <source>unknown type “%1”</source>
        <translation>unknown type “%1”</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no</source>
        <translation>“%1” is neither yes nor no</translation>
    </message>
    <message>
        <source>unknown owner “%1” (customer or agency)</source>
        <translation>unknown owner “%1” (customer or agency)</translation>
    </message>
    <message>
        <source>a choice needs options, separated by “;”</source>
        <translation>a choice needs options, separated by “;”</translation>
    </message>
    <message>
        <source>the text is too long</source>
        <translation>the text is too long</translation>
    </message>
    <message>
        <source>“%1” is not valid</source>
        <translation>“%1” is not valid</translation>
    </message>
    <message>
        <source>not valid</source>
        <translation>not valid</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Row %1, column %2: %3</translation>
    </message>
    <message>
        <source>“%1” has problems and was not published; the last good version stays live. Check the columns and import it again.</source>
        <translation>“%1” has problems and was not published; the last good version stays live. Check the columns and import it again.</translation>
    </message>
    <message>
        <source>“%1” was not published; the last good version stays live. Fix these problems and import it again:%2</source>
        <translation>“%1” was not published; the last good version stays live. Fix these problems and import it again:%2</translation>
    </message>
</context>
<context>
    <name>kp::client::ConnectAdAccountDialog</name>
    <message>
        <source>Ad account ID</source>
        <translation>Ad account ID</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Connect an ad account</source>
        <translation>Connect an ad account</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>The figures are fetched regularly with this token. It is stored encrypted and never shown again.</source>
        <translation>The figures are fetched regularly with this token. It is stored encrypted and never shown again.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The customer ID at the top of Google Ads: ten digits as 123-456-7890.</source>
        <translation>The customer ID at the top of Google Ads: ten digits as 123-456-7890.</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Refresh token</translation>
    </message>
    <message>
        <source>The OAuth refresh token of a user with access to this customer ID.</source>
        <translation>The OAuth refresh token of a user with access to this customer ID.</translation>
    </message>
    <message>
        <source>The ad account ID from the Business Manager with &quot;act_&quot; in front, e.g. act_1234567890.</source>
        <translation>The ad account ID from the Business Manager with &quot;act_&quot; in front, e.g. act_1234567890.</translation>
    </message>
    <message>
        <source>A long-lived access token (system user) with the ads_read permission.</source>
        <translation>A long-lived access token (system user) with the ads_read permission.</translation>
    </message>
    <message>
        <source>Please enter the ad account ID.</source>
        <translation>Please enter the ad account ID.</translation>
    </message>
    <message>
        <source>Enter the customer ID as 123-456-7890.</source>
        <translation>Enter the customer ID as 123-456-7890.</translation>
    </message>
    <message>
        <source>Enter the ID with &quot;act_&quot; in front, e.g. act_1234567890.</source>
        <translation>Enter the ID with &quot;act_&quot; in front, e.g. act_1234567890.</translation>
    </message>
    <message>
        <source>Please enter the refresh token.</source>
        <translation>Please enter the refresh token.</translation>
    </message>
    <message>
        <source>Please enter the access token.</source>
        <translation>Please enter the access token.</translation>
    </message>
    <message>
        <source>A token has no spaces or line breaks. Copy it again.</source>
        <translation>A token has no spaces or line breaks. Copy it again.</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <source>This ad account is already connected.</source>
        <translation>This ad account is already connected.</translation>
    </message>
    <message>
        <source>The platform does not know this ad account ID, or the token has no access to it.</source>
        <translation>The platform does not know this ad account ID, or the token has no access to it.</translation>
    </message>
    <message>
        <source>The platform refused this token. Check that it is current and has access to the account.</source>
        <translation>The platform refused this token. Check that it is current and has access to the account.</translation>
    </message>
</context>
<context>
    <name>kp::client::ContentEditorPage</name>
    <message>
        <source>“%1” could not be saved</source>
        <translation>“%1” could not be saved</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Save as draft</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>%1, changed %2</source>
        <translation>%1, changed %2</translation>
    </message>
    <message>
        <source>“%1” is published.</source>
        <translation>“%1” is published.</translation>
    </message>
    <message>
        <source>“%1” is saved as a draft.</source>
        <translation>“%1” is saved as a draft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Delete “%1”? Customers will no longer see it.</source>
        <translation>Delete “%1”? Customers will no longer see it.</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” was deleted.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted</source>
        <translation>“%1” could not be deleted</translation>
    </message>
</context>
<context>
    <name>kp::client::CustomPeriodDialog</name>
    <message>
        <source>Choose a period</source>
        <translation>Choose a period</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Show period</source>
        <translation>Show period</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s))</source>
        <translation>
            <numerusform>%1 (%n day)</numerusform>
            <numerusform>%1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kp::client::CustomerAnswerRow</name>
    <message>
        <source>Required, by the customer</source>
        <translation>Required, by the customer</translation>
    </message>
    <message>
        <source>Optional, by the customer</source>
        <translation>Optional, by the customer</translation>
    </message>
    <message>
        <source>Done by the agency</source>
        <translation>Done by the agency</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Not answered</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Downloading …</source>
        <translation>Downloading …</translation>
    </message>
</context>
<context>
    <name>kp::client::CustomerAnswersController</name>
    <message>
        <source>“%1” is the customer&apos;s to answer; only the customer can change it.</source>
        <translation>“%1” is the customer&apos;s to answer; only the customer can change it.</translation>
    </message>
    <message>
        <source>“%1” is no longer part of this customer&apos;s checklist. Open the customer again to see the current checklist.</source>
        <translation>“%1” is no longer part of this customer&apos;s checklist. Open the customer again to see the current checklist.</translation>
    </message>
    <message>
        <source>“%1” could not be changed: %2</source>
        <translation>“%1” could not be changed: %2</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>The file could not be downloaded: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::CustomerAnswersView</name>
    <message>
        <source>Save the customer&apos;s file</source>
        <translation>Save the customer&apos;s file</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>All customers</translation>
    </message>
    <message>
        <source>Loading the answers of %1 …</source>
        <translation>Loading the answers of %1 …</translation>
    </message>
    <message>
        <source>No checklist published yet</source>
        <translation>No checklist published yet</translation>
    </message>
    <message>
        <source>Publish the checklist on the “Checklist” page; the customer&apos;s answers appear here.</source>
        <translation>Publish the checklist on the “Checklist” page; the customer&apos;s answers appear here.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Saved as %1</translation>
    </message>
</context>
<context>
    <name>kp::client::CustomerProgressCard</name>
    <message>
        <source>View answers</source>
        <translation>View answers</translation>
    </message>
</context>
<context>
    <name>kp::client::CustomerRoadmapPanel</name>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>The customer&apos;s path could not be loaded: %1</source>
        <translation>The customer&apos;s path could not be loaded: %1</translation>
    </message>
    <message>
        <source>%1 has reached the end of the path.</source>
        <translation>%1 has reached the end of the path.</translation>
    </message>
    <message>
        <source>%1 is at “%2”.</source>
        <translation>%1 is at “%2”.</translation>
    </message>
    <message>
        <source>by an admin</source>
        <translation>by an admin</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>automatically</translation>
    </message>
    <message>
        <source>Done on %1, %2</source>
        <translation>Done on %1, %2</translation>
    </message>
    <message>
        <source>Current stage</source>
        <translation>Current stage</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Marks “%1” as not done.</source>
        <translation>Marks “%1” as not done.</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Interested on %1</source>
        <translation>Interested on %1</translation>
    </message>
    <message>
        <source>Hidden by the customer on %1</source>
        <translation>Hidden by the customer on %1</translation>
    </message>
    <message>
        <source>Shown now</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <source>Not shown at this stage</source>
        <translation>Not shown at this stage</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Marked as done.</translation>
    </message>
    <message>
        <source>Marked as not done.</source>
        <translation>Marked as not done.</translation>
    </message>
    <message>
        <source>The stage could not be changed: %1</source>
        <translation>The stage could not be changed: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>All time</translation>
    </message>
    <message>
        <source>Custom period …</source>
        <translation>Custom period …</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Granularity</source>
        <translation>Granularity</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>Ad spend</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Cost per lead</source>
        <translation>Cost per lead</translation>
    </message>
    <message>
        <source>Click-through rate (CTR)</source>
        <translation>Click-through rate (CTR)</translation>
    </message>
    <message>
        <source>Cost per click (CPC)</source>
        <translation>Cost per click (CPC)</translation>
    </message>
    <message>
        <source>Changes compared with</source>
        <translation>Changes compared with</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <source>Metric shown in the chart</source>
        <translation>Metric shown in the chart</translation>
    </message>
    <message>
        <source>All figures since the accounts were connected (up to %1)</source>
        <translation>All figures since the accounts were connected (up to %1)</translation>
    </message>
    <message>
        <source>Loading your figures …</source>
        <translation>Loading your figures …</translation>
    </message>
    <message>
        <source>No ad account connected yet</source>
        <translation>No ad account connected yet</translation>
    </message>
    <message>
        <source>Your agency connects your Facebook and Google Ads accounts. As soon as that is done, your leads, ad spend, clicks and impressions appear here.</source>
        <translation>Your agency connects your Facebook and Google Ads accounts. As soon as that is done, your leads, ad spend, clicks and impressions appear here.</translation>
    </message>
    <message>
        <source>Nothing: all time has no period before it.</source>
        <translation>Nothing: all time has no period before it.</translation>
    </message>
</context>
<context>
    <name>kp::client::DashboardText</name>
    <message>
        <source>CSV import</source>
        <translation>CSV import</translation>
    </message>
    <message>
        <source>attribution as set per conversion action</source>
        <translation>attribution as set per conversion action</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after click</source>
        <translation>
            <numerusform>%n day after click</numerusform>
            <numerusform>%n days after click</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after view</source>
        <translation>
            <numerusform>%n day after view</numerusform>
            <numerusform>%n days after view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after engaged view</source>
        <translation>
            <numerusform>%n day after engaged view</numerusform>
            <numerusform>%n days after engaged view</numerusform>
        </translation>
    </message>
    <message>
        <source>Attribution as set per conversion action</source>
        <translation>Attribution as set per conversion action</translation>
    </message>
    <message>
        <source>Attribution: %1</source>
        <translation>Attribution: %1</translation>
    </message>
    <message>
        <source>Time zone %1</source>
        <translation>Time zone %1</translation>
    </message>
    <message>
        <source>last updated %1</source>
        <translation>last updated %1</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>not synced yet</translation>
    </message>
    <message>
        <source>updating now</source>
        <translation>updating now</translation>
    </message>
    <message>
        <source>the platform asked us to wait; the next sync follows shortly</source>
        <translation>the platform asked us to wait; the next sync follows shortly</translation>
    </message>
    <message>
        <source>figures from %1 on are provisional</source>
        <translation>figures from %1 on are provisional</translation>
    </message>
    <message>
        <source>Figures are currently not up to date (%1): not synced yet. Your agency has been notified.</source>
        <translation>Figures are currently not up to date (%1): not synced yet. Your agency has been notified.</translation>
    </message>
    <message>
        <source>Figures are currently not up to date (%1), as of %2. Your agency has been notified.</source>
        <translation>Figures are currently not up to date (%1), as of %2. Your agency has been notified.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Renew token</source>
        <translation>Renew token</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Throttled</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>MMM d</source>
        <comment>chart label of a day</comment>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>Wk %1</source>
        <comment>chart label of an ISO week</comment>
        <translation>Wk %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>kp::client::HomePage</name>
    <message>
        <source>Your account</source>
        <translation>Your account</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Customer ID</translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation>Referral code</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Campaign performance</source>
        <translation>Campaign performance</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>New registrations wait for your decision before customers can log in.</source>
        <translation>New registrations wait for your decision before customers can log in.</translation>
    </message>
    <message>
        <source>Review registrations</source>
        <translation>Review registrations</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message numerus="yes">
        <source>%n+ waiting</source>
        <translation>
            <numerusform>%n+ waiting</numerusform>
            <numerusform>%n+ waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Your figures are on the dashboard</source>
        <translation>Your figures are on the dashboard</translation>
    </message>
    <message>
        <source>Leads, ad spend, clicks and impressions for any period, compared with the period before.</source>
        <translation>Leads, ad spend, clicks and impressions for any period, compared with the period before.</translation>
    </message>
    <message>
        <source>Open the dashboard</source>
        <translation>Open the dashboard</translation>
    </message>
</context>
<context>
    <name>kp::client::KpiTile</name>
    <message>
        <source>Previous period: %1</source>
        <translation>Previous period: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::LoginPage</name>
    <message>
        <source>Email or user name</source>
        <translation>Email or user name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>New here?</source>
        <translation>New here?</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <source>Change server</source>
        <translation>Change server</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Please enter your email address or user name.</source>
        <translation>Please enter your email address or user name.</translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <source>Logging in …</source>
        <translation>Logging in …</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>You can try again now.</translation>
    </message>
    <message>
        <source>This computer has no password store (Secret Service) available. You can log in, but you will have to log in again after closing the app.</source>
        <translation>This computer has no password store (Secret Service) available. You can log in, but you will have to log in again after closing the app.</translation>
    </message>
    <message>
        <source>Your campaigns, your onboarding and your direct line to the agency.</source>
        <translation>Your campaigns, your onboarding and your direct line to the agency.</translation>
    </message>
</context>
<context>
    <name>kp::client::MainWindow</name>
    <message>
        <source>Kundenportal</source>
        <translation>Kundenportal</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Sent: %1.</source>
        <translation>Sent: %1.</translation>
    </message>
    <message>
        <source>Could not be saved: %1. %2</source>
        <translation>Could not be saved: %1. %2</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline could not be sent yet. Logging out deletes them from this computer.</source>
        <translation>
            <numerusform>%n change made offline could not be sent yet. Logging out deletes it from this computer.</numerusform>
            <numerusform>%n changes made offline could not be sent yet. Logging out deletes them from this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log out and discard</source>
        <translation>Log out and discard</translation>
    </message>
</context>
<context>
    <name>kp::client::MetricsChart</name>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Ad spend</source>
        <translation>Ad spend</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Impressions</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>Leads: %1</source>
        <translation>Leads: %1</translation>
    </message>
    <message>
        <source>Ad spend: %1</source>
        <translation>Ad spend: %1</translation>
    </message>
    <message>
        <source>Clicks: %1</source>
        <translation>Clicks: %1</translation>
    </message>
    <message>
        <source>Impressions: %1</source>
        <translation>Impressions: %1</translation>
    </message>
    <message>
        <source>provisional: the platform may still revise these figures</source>
        <translation>provisional: the platform may still revise these figures</translation>
    </message>
</context>
<context>
    <name>kp::client::MyCallbacksPage</name>
    <message>
        <source>Callback requests</source>
        <translation>Callback requests</translation>
    </message>
    <message>
        <source>Your requests to the agency and where they stand.</source>
        <translation>Your requests to the agency and where they stand.</translation>
    </message>
    <message>
        <source>Request a callback</source>
        <translation>Request a callback</translation>
    </message>
    <message>
        <source>Loading your requests …</source>
        <translation>Loading your requests …</translation>
    </message>
    <message>
        <source>No callback requests yet</source>
        <translation>No callback requests yet</translation>
    </message>
    <message>
        <source>Need help quickly? &quot;Request a callback&quot; and the agency calls you back.</source>
        <translation>Need help quickly? &quot;Request a callback&quot; and the agency calls you back.</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
</context>
<context>
    <name>kp::client::OfflineVideos</name>
    <message>
        <source>The folder for offline videos cannot be created.</source>
        <translation>The folder for offline videos cannot be created.</translation>
    </message>
    <message>
        <source>The video cannot be saved on this computer: %1</source>
        <translation>The video cannot be saved on this computer: %1</translation>
    </message>
    <message>
        <source>the server answered %1</source>
        <translation>the server answered %1</translation>
    </message>
    <message>
        <source>The video could not be downloaded (%1).</source>
        <translation>The video could not be downloaded (%1).</translation>
    </message>
</context>
<context>
    <name>kp::client::OnboardingProgressPage</name>
    <message>
        <source>Loading customers …</source>
        <translation>Loading customers …</translation>
    </message>
    <message>
        <source>No approved customers yet</source>
        <translation>No approved customers yet</translation>
    </message>
    <message>
        <source>Customers appear here once you approve their registration; then you see how far each one is with the checklist.</source>
        <translation>Customers appear here once you approve their registration; then you see how far each one is with the checklist.</translation>
    </message>
    <message>
        <source>Onboarding progress</source>
        <translation>Onboarding progress</translation>
    </message>
    <message>
        <source>How far each customer is with the checklist; open ones first.</source>
        <translation>How far each customer is with the checklist; open ones first.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
</context>
<context>
    <name>kp::client::PageEntry</name>
    <message>
        <source>Opens once the onboarding checklist is complete.</source>
        <translation>Opens once the onboarding checklist is complete.</translation>
    </message>
</context>
<context>
    <name>kp::client::PartnerPage</name>
    <message>
        <source>Save the QR code</source>
        <translation>Save the QR code</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>Partner program</translation>
    </message>
    <message>
        <source>Recommend the agency: everyone who registers through your link is listed here.</source>
        <translation>Recommend the agency: everyone who registers through your link is listed here.</translation>
    </message>
    <message>
        <source>Your personal link</source>
        <translation>Your personal link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <source>Send it by email or messenger, or put it on your website: whoever registers through it counts as your referral.</source>
        <translation>Send it by email or messenger, or put it on your website: whoever registers through it counts as your referral.</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>QR code of your personal link</source>
        <translation>QR code of your personal link</translation>
    </message>
    <message>
        <source>Save as PNG</source>
        <translation>Save as PNG</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Your referrals</source>
        <translation>Your referrals</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clicked</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No referrals yet</source>
        <translation>No referrals yet</translation>
    </message>
    <message>
        <source>Copy your link and send it to people who could use the agency, or let them scan the QR code. Everyone who registers through it appears here, with where they came from.</source>
        <translation>Copy your link and send it to people who could use the agency, or let them scan the QR code. Everyone who registers through it appears here, with where they came from.</translation>
    </message>
    <message>
        <source>Loading your partner program …</source>
        <translation>Loading your partner program …</translation>
    </message>
    <message>
        <source>Your code: %1. It can also be typed in when registering.</source>
        <translation>Your code: %1. It can also be typed in when registering.</translation>
    </message>
    <message>
        <source>Link copied. Paste it wherever you want to recommend the agency.</source>
        <translation>Link copied. Paste it wherever you want to recommend the agency.</translation>
    </message>
    <message>
        <source>QR code saved.</source>
        <translation>QR code saved.</translation>
    </message>
    <message>
        <source>The QR code could not be saved: %1</source>
        <translation>The QR code could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Every customer&apos;s referrals, and who brought whom.</source>
        <translation>Every customer&apos;s referrals, and who brought whom.</translation>
    </message>
    <message>
        <source>Choose a customer to see who brought them and the history of corrections.</source>
        <translation>Choose a customer to see who brought them and the history of corrections.</translation>
    </message>
    <message>
        <source>Correct attribution …</source>
        <translation>Correct attribution …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Customers as partners</source>
        <translation>Customers as partners</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Brought by</source>
        <translation>Brought by</translation>
    </message>
    <message>
        <source>Who brought whom</source>
        <translation>Who brought whom</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>History of corrections</source>
        <translation>History of corrections</translation>
    </message>
    <message>
        <source>Loading partners …</source>
        <translation>Loading partners …</translation>
    </message>
    <message>
        <source>No customers yet</source>
        <translation>No customers yet</translation>
    </message>
    <message>
        <source>Once customers register, their referrals and who brought them appear here.</source>
        <translation>Once customers register, their referrals and who brought them appear here.</translation>
    </message>
    <message>
        <source>Loading history …</source>
        <translation>Loading history …</translation>
    </message>
    <message>
        <source>No corrections: this is the attribution made at registration.</source>
        <translation>No corrections: this is the attribution made at registration.</translation>
    </message>
    <message>
        <source>The attribution of %1 is corrected.</source>
        <translation>The attribution of %1 is corrected.</translation>
    </message>
</context>
<context>
    <name>kp::client::ProfileController</name>
    <message>
        <source>Profile change</source>
        <translation>Profile change</translation>
    </message>
</context>
<context>
    <name>kp::client::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Your details, your password and your picture.</source>
        <translation>Your details, your password and your picture.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Log out on all other devices</source>
        <translation>Log out on all other devices</translation>
    </message>
    <message>
        <source>Profile picture</source>
        <translation>Profile picture</translation>
    </message>
    <message>
        <source>Shown in the app and to the agency. After choosing a picture you pick the square part to show.</source>
        <translation>Shown in the app and to the agency. After choosing a picture you pick the square part to show.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Your details</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation>User name (optional)</translation>
    </message>
    <message>
        <source>e.g. 030 1234567</source>
        <translation>e.g. 030 1234567</translation>
    </message>
    <message>
        <source>To log in without your email address</source>
        <translation>To log in without your email address</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>After the change, every other device is logged out. This one stays logged in.</source>
        <translation>After the change, every other device is logged out. This one stays logged in.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Logged in on a computer you no longer use, or lost one? End every other session of your account; this device stays logged in.</source>
        <translation>Logged in on a computer you no longer use, or lost one? End every other session of your account; this device stays logged in.</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Please check the highlighted fields.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>Your changes are saved.</source>
        <translation>Your changes are saved.</translation>
    </message>
    <message>
        <source>You are offline. Your changes are kept and sent as soon as the server is reachable again.</source>
        <translation>You are offline. Your changes are kept and sent as soon as the server is reachable again.</translation>
    </message>
    <message>
        <source>Another account uses this email address already.</source>
        <translation>Another account uses this email address already.</translation>
    </message>
    <message>
        <source>✓ Long enough. Longer is safer: a sentence you remember works well.</source>
        <translation>✓ Long enough. Longer is safer: a sentence you remember works well.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use at most %1 characters.</translation>
    </message>
    <message numerus="yes">
        <source>At least %1 characters (%n more).</source>
        <translation>
            <numerusform>At least %1 characters (%n more).</numerusform>
            <numerusform>At least %1 characters (%n more).</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <source>Your password is changed. Every other device has been logged out.</source>
        <translation>Your password is changed. Every other device has been logged out.</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>This is not your current password.</translation>
    </message>
    <message>
        <source>Every other device is logged out now.</source>
        <translation>Every other device is logged out now.</translation>
    </message>
    <message>
        <source>Uploading …</source>
        <translation>Uploading …</translation>
    </message>
</context>
<context>
    <name>kp::client::RegisterPage</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation>Create your account</translation>
    </message>
    <message>
        <source>After you register, the agency checks your details and activates your account.</source>
        <translation>After you register, the agency checks your details and activates your account.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation>User name (optional)</translation>
    </message>
    <message>
        <source>Referral code (optional)</source>
        <translation>Referral code (optional)</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>e.g. 030 1234567</source>
        <translation>e.g. 030 1234567</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@company.com</translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation>Back to login</translation>
    </message>
    <message>
        <source>Registering …</source>
        <translation>Registering …</translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation>Please check the highlighted fields.</translation>
    </message>
    <message>
        <source>To log in without your email address</source>
        <translation>To log in without your email address</translation>
    </message>
    <message>
        <source>Recommended through a partner link</source>
        <translation>Recommended through a partner link</translation>
    </message>
</context>
<context>
    <name>kp::client::RegistrationCard</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation>No phone number</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>No referral</source>
        <translation>No referral</translation>
    </message>
    <message>
        <source>Referred by %1 (%2)</source>
        <translation>Referred by %1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Registered on %1</source>
        <translation>Registered on %1</translation>
    </message>
    <message>
        <source>Approve anyway</source>
        <translation>Approve anyway</translation>
    </message>
    <message>
        <source>Approved on %1</source>
        <translation>Approved on %1</translation>
    </message>
</context>
<context>
    <name>kp::client::RejectDialog</name>
    <message>
        <source>Reject registration</source>
        <translation>Reject registration</translation>
    </message>
    <message>
        <source>Reject the registration of %1?</source>
        <translation>Reject the registration of %1?</translation>
    </message>
    <message>
        <source>The customer will see this reason when opening the app. Be clear and friendly.</source>
        <translation>The customer will see this reason when opening the app. Be clear and friendly.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>e.g. We could not verify your company.</source>
        <translation>e.g. We could not verify your company.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>Use at most %1 characters.</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>Please give a reason.</translation>
    </message>
</context>
<context>
    <name>kp::client::RemoteListController</name>
    <message>
        <source>Load more</source>
        <translation>Load more</translation>
    </message>
</context>
<context>
    <name>kp::client::RoadmapPage</name>
    <message>
        <source>Your path</source>
        <translation>Your path</translation>
    </message>
    <message>
        <source>From your registration to the first leads: where you stand and what happens next.</source>
        <translation>From your registration to the first leads: where you stand and what happens next.</translation>
    </message>
    <message>
        <source>Your stages</source>
        <translation>Your stages</translation>
    </message>
    <message>
        <source>What could help next</source>
        <translation>What could help next</translation>
    </message>
    <message>
        <source>Loading your path …</source>
        <translation>Loading your path …</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Your path is being prepared</source>
        <translation>Your path is being prepared</translation>
    </message>
    <message>
        <source>The agency is setting up the stages of your way to the first leads. Until then, the onboarding checklist shows what to do.</source>
        <translation>The agency is setting up the stages of your way to the first leads. Until then, the onboarding checklist shows what to do.</translation>
    </message>
    <message>
        <source>Hidden offer</source>
        <translation>Hidden offer</translation>
    </message>
    <message>
        <source>The offer could not be hidden: %1</source>
        <translation>The offer could not be hidden: %1</translation>
    </message>
    <message>
        <source>Interest in an offer</source>
        <translation>Interest in an offer</translation>
    </message>
    <message>
        <source>Your interest could not be sent: %1</source>
        <translation>Your interest could not be sent: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::RoadmapTimeline</name>
    <message>
        <source>Your path</source>
        <translation>Your path</translation>
    </message>
    <message>
        <source>Done on %1</source>
        <translation>Done on %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>It&apos;s your turn</source>
        <translation>It&apos;s your turn</translation>
    </message>
    <message>
        <source>The agency is on it</source>
        <translation>The agency is on it</translation>
    </message>
    <message>
        <source>Now · %1</source>
        <translation>Now · %1</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>kp::client::ServerSettingsDialog</name>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connect to your agency&apos;s server</source>
        <translation>Connect to your agency&apos;s server</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Enter an address like portal.agency.com or http://127.0.0.1:8080.</source>
        <translation>Enter an address like portal.agency.com or http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation>Connecting …</translation>
    </message>
    <message>
        <source>Connected. Server version %1.</source>
        <translation>Connected. Server version %1.</translation>
    </message>
    <message>
        <source>No Kundenportal server answers at this address (%1).</source>
        <translation>No Kundenportal server answers at this address (%1).</translation>
    </message>
    <message>
        <source>You get this address from your agency, for example portal.agency.com.</source>
        <translation>You get this address from your agency, for example portal.agency.com.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http://): your password and your session would cross the network readable by others. Use https:// unless the server runs on this computer.</source>
        <translation>This address is not encrypted (http://): your password and your session would cross the network readable by others. Use https:// unless the server runs on this computer.</translation>
    </message>
</context>
<context>
    <name>kp::client::Session</name>
    <message>
        <source>Your session has ended: it expired, or it was ended on another device or by a password change. Please log in again.</source>
        <translation>Your session has ended: it expired, or it was ended on another device or by a password change. Please log in again.</translation>
    </message>
</context>
<context>
    <name>kp::client::Sidebar</name>
    <message>
        <source>Kundenportal</source>
        <translation>Kundenportal</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n open</source>
        <translation>
            <numerusform>%1, %n open</numerusform>
            <numerusform>%1, %n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kp::client::StagesEditorPage</name>
    <message>
        <source>Roadmap stages</source>
        <translation>Roadmap stages</translation>
    </message>
    <message>
        <source>The stages of every customer&apos;s path. Drafts stay hidden from customers.</source>
        <translation>The stages of every customer&apos;s path. Drafts stay hidden from customers.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>While it is current (e.g. “The agency builds your landing page”)</source>
        <translation>While it is current (e.g. “The agency builds your landing page”)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Who acts</source>
        <translation>Who acts</translation>
    </message>
    <message>
        <source>The agency</source>
        <translation>The agency</translation>
    </message>
    <message>
        <source>The customer</source>
        <translation>The customer</translation>
    </message>
    <message>
        <source>Completed by</source>
        <translation>Completed by</translation>
    </message>
    <message>
        <source>An admin, per customer</source>
        <translation>An admin, per customer</translation>
    </message>
    <message>
        <source>The account&apos;s approval</source>
        <translation>The account&apos;s approval</translation>
    </message>
    <message>
        <source>The completed checklist</source>
        <translation>The completed checklist</translation>
    </message>
    <message>
        <source>The required videos, understood</source>
        <translation>The required videos, understood</translation>
    </message>
    <message>
        <source>The first day with leads</source>
        <translation>The first day with leads</translation>
    </message>
    <message>
        <source>The checklist items below, answered</source>
        <translation>The checklist items below, answered</translation>
    </message>
    <message>
        <source>Checklist items (ids, separated by commas)</source>
        <translation>Checklist items (ids, separated by commas)</translation>
    </message>
    <message>
        <source>The stage</source>
        <translation>The stage</translation>
    </message>
</context>
<context>
    <name>kp::client::StatePanel</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation>That did not work</translation>
    </message>
</context>
<context>
    <name>kp::client::SupportPage</name>
    <message>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Request a callback</source>
        <translation>Request a callback</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Write to your agency, or ask for a callback.</source>
        <translation>Write to your agency, or ask for a callback.</translation>
    </message>
    <message>
        <source>Opening the chat …</source>
        <translation>Opening the chat …</translation>
    </message>
    <message>
        <source>The chat cannot be reached right now</source>
        <translation>The chat cannot be reached right now</translation>
    </message>
    <message>
        <source>Check your internet connection and try again. For anything urgent, ask for a callback: your agency will call you back.</source>
        <translation>Check your internet connection and try again. For anything urgent, ask for a callback: your agency will call you back.</translation>
    </message>
    <message>
        <source>The chat is not set up yet</source>
        <translation>The chat is not set up yet</translation>
    </message>
    <message>
        <source>Your agency has not switched on the chat. Ask for a callback instead: your agency will call you back.</source>
        <translation>Your agency has not switched on the chat. Ask for a callback instead: your agency will call you back.</translation>
    </message>
</context>
<context>
    <name>kp::client::UpsellCard</name>
    <message>
        <source>I&apos;m interested</source>
        <translation>I&apos;m interested</translation>
    </message>
    <message>
        <source>Don&apos;t show again</source>
        <translation>Don&apos;t show again</translation>
    </message>
    <message>
        <source>The agency will get in touch with you.</source>
        <translation>The agency will get in touch with you.</translation>
    </message>
    <message>
        <source>Hides this offer for good, also on your other devices.</source>
        <translation>Hides this offer for good, also on your other devices.</translation>
    </message>
    <message>
        <source>Learn more</source>
        <translation>Learn more</translation>
    </message>
</context>
<context>
    <name>kp::client::UpsellsEditorPage</name>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Further services shown beside the roadmap, at most two at a time, only at the stages you choose.</source>
        <translation>Further services shown beside the roadmap, at most two at a time, only at the stages you choose.</translation>
    </message>
    <message>
        <source>New offer</source>
        <translation>New offer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Button (e.g. “I&apos;m interested”)</source>
        <translation>Button (e.g. “I&apos;m interested”)</translation>
    </message>
    <message>
        <source>Link to more information (optional)</source>
        <translation>Link to more information (optional)</translation>
    </message>
    <message>
        <source>The offer</source>
        <translation>The offer</translation>
    </message>
    <message>
        <source>Shown at these stages</source>
        <translation>Shown at these stages</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoAdminController</name>
    <message>
        <source>The videos could not be loaded again: %1</source>
        <translation>The videos could not be loaded again: %1</translation>
    </message>
    <message>
        <source>Title of the series</source>
        <translation>Title of the series</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Add series</translation>
    </message>
    <message>
        <source>The series “%1” was added.</source>
        <translation>The series “%1” was added.</translation>
    </message>
    <message>
        <source>The series “%1” could not be added</source>
        <translation>The series “%1” could not be added</translation>
    </message>
    <message>
        <source>Rename series</source>
        <translation>Rename series</translation>
    </message>
    <message>
        <source>The series is now called “%1”.</source>
        <translation>The series is now called “%1”.</translation>
    </message>
    <message>
        <source>The series “%1” could not be renamed</source>
        <translation>The series “%1” could not be renamed</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>“%1” was saved.</translation>
    </message>
    <message>
        <source>The new order is saved.</source>
        <translation>The new order is saved.</translation>
    </message>
    <message>
        <source>the series changed meanwhile (a video was added or removed). The page was loaded again.</source>
        <translation>the series changed meanwhile (a video was added or removed). The page was loaded again.</translation>
    </message>
    <message>
        <source>the server cannot be reached. Changes need the connection; try again once you are online.</source>
        <translation>the server cannot be reached. Changes need the connection; try again once you are online.</translation>
    </message>
    <message>
        <source>The order could not be saved, so the old one is back: %1</source>
        <translation>The order could not be saved, so the old one is back: %1</translation>
    </message>
    <message>
        <source>“%1” is published.</source>
        <translation>“%1” is published.</translation>
    </message>
    <message>
        <source>“%1” is a draft again.</source>
        <translation>“%1” is a draft again.</translation>
    </message>
    <message>
        <source>“%1” has no video file yet. Upload its file (Edit), then publish it.</source>
        <translation>“%1” has no video file yet. Upload its file (Edit), then publish it.</translation>
    </message>
    <message>
        <source>“%1” could not be published</source>
        <translation>“%1” could not be published</translation>
    </message>
    <message>
        <source>“%1” could not be unpublished</source>
        <translation>“%1” could not be unpublished</translation>
    </message>
    <message>
        <source>Delete video</source>
        <translation>Delete video</translation>
    </message>
    <message>
        <source>Delete “%1”? Customers will no longer see it, and its file is removed.</source>
        <translation>Delete “%1”? Customers will no longer see it, and its file is removed.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>“%1” was deleted.</translation>
    </message>
    <message>
        <source>“%1” could not be deleted</source>
        <translation>“%1” could not be deleted</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoAdminPage</name>
    <message>
        <source>Manage videos</source>
        <translation>Manage videos</translation>
    </message>
    <message>
        <source>The series and tutorial videos your customers see. Drafts stay hidden from them.</source>
        <translation>The series and tutorial videos your customers see. Drafts stay hidden from them.</translation>
    </message>
    <message>
        <source>Add series</source>
        <translation>Add series</translation>
    </message>
    <message>
        <source>Add video</source>
        <translation>Add video</translation>
    </message>
    <message>
        <source>Loading videos …</source>
        <translation>Loading videos …</translation>
    </message>
    <message>
        <source>Offline: the videos as of %1. Adding, changing, publishing and reordering need the connection to the server.</source>
        <translation>Offline: the videos as of %1. Adding, changing, publishing and reordering need the connection to the server.</translation>
    </message>
    <message>
        <source>No videos yet — upload the first one</source>
        <translation>No videos yet — upload the first one</translation>
    </message>
    <message>
        <source>Add a series (e.g. “Getting started”), then add its videos. They stay drafts until you publish them.</source>
        <translation>Add a series (e.g. “Getting started”), then add its videos. They stay drafts until you publish them.</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoAdminRow</name>
    <message>
        <source>Drag to change the order within the series.</source>
        <translation>Drag to change the order within the series.</translation>
    </message>
    <message>
        <source>No file yet</source>
        <translation>No file yet</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Customers must watch it to finish their onboarding.</source>
        <translation>Customers must watch it to finish their onboarding.</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Unpublish</source>
        <translation>Unpublish</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoAdminSeriesSection</name>
    <message>
        <source>No videos in this series yet. Add one with “Add video”.</source>
        <translation>No videos in this series yet. Add one with “Add video”.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kp::client::VideoCard</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>✓ Understood</source>
        <translation>✓ Understood</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 · %2 % watched</source>
        <translation>%1 · %2 % watched</translation>
    </message>
    <message>
        <source>Understood</source>
        <translation>Understood</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoEditorController</name>
    <message>
        <source>Uploading %1 …</source>
        <translation>Uploading %1 …</translation>
    </message>
    <message>
        <source>Saving the picture …</source>
        <translation>Saving the picture …</translation>
    </message>
    <message>
        <source>Upload cancelled. “%1” is saved as a draft without a video file; save again to upload the file.</source>
        <translation>Upload cancelled. “%1” is saved as a draft without a video file; save again to upload the file.</translation>
    </message>
    <message>
        <source>Saving …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <source>This file is not an MP4 or WebM video.</source>
        <translation>This file is not an MP4 or WebM video.</translation>
    </message>
    <message>
        <source>This file is larger than the server accepts.</source>
        <translation>This file is larger than the server accepts.</translation>
    </message>
    <message>
        <source>The video could not be saved</source>
        <translation>The video could not be saved</translation>
    </message>
    <message>
        <source>The file could not be uploaded</source>
        <translation>The file could not be uploaded</translation>
    </message>
    <message>
        <source>The picture could not be saved</source>
        <translation>The picture could not be saved</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoEditorDialog</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Required: customers must watch it to finish their onboarding</source>
        <translation>Required: customers must watch it to finish their onboarding</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose file …</source>
        <translation>Choose file …</translation>
    </message>
    <message>
        <source>Without a picture the customers see a neutral placeholder.</source>
        <translation>Without a picture the customers see a neutral placeholder.</translation>
    </message>
    <message>
        <source>Choose picture …</source>
        <translation>Choose picture …</translation>
    </message>
    <message>
        <source>Use a frame of the video</source>
        <translation>Use a frame of the video</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add video</source>
        <translation>Add video</translation>
    </message>
    <message>
        <source>e.g. Your first campaign in 5 minutes</source>
        <translation>e.g. Your first campaign in 5 minutes</translation>
    </message>
    <message>
        <source>What the customer learns in this video (optional)</source>
        <translation>What the customer learns in this video (optional)</translation>
    </message>
    <message>
        <source>Add a series first: every video belongs to one.</source>
        <translation>Add a series first: every video belongs to one.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>Choose the video</source>
        <translation>Choose the video</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.m4v *.webm)</source>
        <translation>Videos (*.mp4 *.m4v *.webm)</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Choose a picture</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Pictures (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>A frame from a tenth into the video.</source>
        <translation>A frame from a tenth into the video.</translation>
    </message>
    <message>
        <source>Video file (MP4 or WebM)</source>
        <translation>Video file (MP4 or WebM)</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>No picture</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Edit video</source>
        <translation>Edit video</translation>
    </message>
    <message>
        <source>The current file stays unless you choose another one.</source>
        <translation>The current file stays unless you choose another one.</translation>
    </message>
    <message>
        <source>The current picture stays unless you choose another one.</source>
        <translation>The current picture stays unless you choose another one.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Looking at %1 …</source>
        <translation>Looking at %1 …</translation>
    </message>
    <message>
        <source>Reading the picture …</source>
        <translation>Reading the picture …</translation>
    </message>
    <message>
        <source>Shown to customers as 640 × 360.</source>
        <translation>Shown to customers as 640 × 360.</translation>
    </message>
    <message>
        <source>Taking a picture from the video …</source>
        <translation>Taking a picture from the video …</translation>
    </message>
    <message>
        <source>Please give the video a title.</source>
        <translation>Please give the video a title.</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 %</source>
        <translation>%1 of %2 · %3 %</translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation>Cancel upload</translation>
    </message>
    <message>
        <source>Choose the video file first.</source>
        <translation>Choose the video file first.</translation>
    </message>
    <message>
        <source>Uploading %1 …</source>
        <translation>Uploading %1 …</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoFrameGrabber</name>
    <message>
        <source>No picture could be taken from this video in time.</source>
        <translation>No picture could be taken from this video in time.</translation>
    </message>
    <message>
        <source>This video cannot be played here: %1</source>
        <translation>This video cannot be played here: %1</translation>
    </message>
</context>
<context>
    <name>kp::client::VideoPlayerView</name>
    <message>
        <source>← Back to the overview</source>
        <translation>← Back to the overview</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Full screen (F)</translation>
    </message>
    <message>
        <source>About this video</source>
        <translation>About this video</translation>
    </message>
    <message>
        <source>I have understood the video</source>
        <translation>I have understood the video</translation>
    </message>
    <message>
        <source>Save for offline</source>
        <translation>Save for offline</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Saved offline ✓</source>
        <translation>Saved offline ✓</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>No description.</translation>
    </message>
    <message>
        <source>The video cannot be loaded right now. Trying again in a few seconds …</source>
        <translation>The video cannot be loaded right now. Trying again in a few seconds …</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
    <message>
        <source>Unmute (M)</source>
        <translation>Unmute (M)</translation>
    </message>
    <message>
        <source>Mute (M)</source>
        <translation>Mute (M)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 % watched</source>
        <translation>%1 % watched</translation>
    </message>
    <message>
        <source>Understood on %1</source>
        <translation>Understood on %1</translation>
    </message>
    <message>
        <source>%1 left to watch</source>
        <translation>%1 left to watch</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
</context>
<context>
    <name>kp::client::VideosController</name>
    <message>
        <source>Video progress</source>
        <translation>Video progress</translation>
    </message>
    <message>
        <source>This can only be confirmed while the server can be reached.</source>
        <translation>This can only be confirmed while the server can be reached.</translation>
    </message>
</context>
<context>
    <name>kp::client::VideosPage</name>
    <message>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Short tutorials from your agency: watch them at your own pace.</source>
        <translation>Short tutorials from your agency: watch them at your own pace.</translation>
    </message>
    <message>
        <source>Loading the videos …</source>
        <translation>Loading the videos …</translation>
    </message>
    <message>
        <source>No videos yet</source>
        <translation>No videos yet</translation>
    </message>
    <message>
        <source>Your agency has not published any tutorials yet. They will appear here.</source>
        <translation>Your agency has not published any tutorials yet. They will appear here.</translation>
    </message>
    <message>
        <source>More videos</source>
        <translation>More videos</translation>
    </message>
    <message>
        <source>All required videos watched</source>
        <translation>All required videos watched</translation>
    </message>
    <message numerus="yes">
        <source>%n required video(s) left</source>
        <translation>
            <numerusform>%n required video left</numerusform>
            <numerusform>%n required videos left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kp::client::videoadmindemo</name>
    <message>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>Understanding your campaigns</source>
        <translation>Understanding your campaigns</translation>
    </message>
    <message>
        <source>Welcome to your customer portal</source>
        <translation>Welcome to your customer portal</translation>
    </message>
    <message>
        <source>What the portal shows you and where to find help.</source>
        <translation>What the portal shows you and where to find help.</translation>
    </message>
    <message>
        <source>The onboarding checklist, step by step</source>
        <translation>The onboarding checklist, step by step</translation>
    </message>
    <message>
        <source>Setting up the Meta pixel</source>
        <translation>Setting up the Meta pixel</translation>
    </message>
    <message>
        <source>Recording next week.</source>
        <translation>Recording next week.</translation>
    </message>
    <message>
        <source>Reading your lead figures</source>
        <translation>Reading your lead figures</translation>
    </message>
    <message>
        <source>Budget and cost per lead</source>
        <translation>Budget and cost per lead</translation>
    </message>
</context>
<context>
    <name>referralsdemo</name>
    <message>
        <source>Mr Özdemir says Ali Yılmaz recommended us; he typed no code.</source>
        <translation>Mr Özdemir says Ali Yılmaz recommended us; he typed no code.</translation>
    </message>
    <message>
        <source>Jana Becker recommended him at a trade fair.</source>
        <translation>Jana Becker recommended him at a trade fair.</translation>
    </message>
</context>
<context>
    <name>roadmapdemo</name>
    <message>
        <source>Account approved</source>
        <translation>Account approved</translation>
    </message>
    <message>
        <source>The agency checks and approves your registration.</source>
        <translation>The agency checks and approves your registration.</translation>
    </message>
    <message>
        <source>The agency checks your registration.</source>
        <translation>The agency checks your registration.</translation>
    </message>
    <message>
        <source>Checklist completed</source>
        <translation>Checklist completed</translation>
    </message>
    <message>
        <source>Everything the agency needs from you, in one list.</source>
        <translation>Everything the agency needs from you, in one list.</translation>
    </message>
    <message>
        <source>Fill in the onboarding checklist: logo, access to your Facebook page and your wishes.</source>
        <translation>Fill in the onboarding checklist: logo, access to your Facebook page and your wishes.</translation>
    </message>
    <message>
        <source>Videos watched</source>
        <translation>Videos watched</translation>
    </message>
    <message>
        <source>Short videos on how leads reach you and how to answer them.</source>
        <translation>Short videos on how leads reach you and how to answer them.</translation>
    </message>
    <message>
        <source>Watch the three required tutorial videos (about 12 minutes).</source>
        <translation>Watch the three required tutorial videos (about 12 minutes).</translation>
    </message>
    <message>
        <source>Landing page created</source>
        <translation>Landing page created</translation>
    </message>
    <message>
        <source>The page your ads lead to.</source>
        <translation>The page your ads lead to.</translation>
    </message>
    <message>
        <source>The agency builds your landing page.</source>
        <translation>The agency builds your landing page.</translation>
    </message>
    <message>
        <source>Ads running</source>
        <translation>Ads running</translation>
    </message>
    <message>
        <source>Your campaigns on Facebook and Instagram.</source>
        <translation>Your campaigns on Facebook and Instagram.</translation>
    </message>
    <message>
        <source>The agency sets up your ad campaigns and starts them.</source>
        <translation>The agency sets up your ad campaigns and starts them.</translation>
    </message>
    <message>
        <source>First leads</source>
        <translation>First leads</translation>
    </message>
    <message>
        <source>The first enquiries arrive.</source>
        <translation>The first enquiries arrive.</translation>
    </message>
    <message>
        <source>Your ads are running; the first enquiries are on their way.</source>
        <translation>Your ads are running; the first enquiries are on their way.</translation>
    </message>
    <message>
        <source>Webinars</source>
        <translation>Webinars</translation>
    </message>
    <message>
        <source>Live webinars with your customers: we plan, host and record them for you.</source>
        <translation>Live webinars with your customers: we plan, host and record them for you.</translation>
    </message>
    <message>
        <source>I&apos;m interested</source>
        <translation>I&apos;m interested</translation>
    </message>
    <message>
        <source>WhatsApp bot</source>
        <translation>WhatsApp bot</translation>
    </message>
    <message>
        <source>Answers every new lead on WhatsApp within seconds, day and night, and books the appointment.</source>
        <translation>Answers every new lead on WhatsApp within seconds, day and night, and books the appointment.</translation>
    </message>
    <message>
        <source>CMS system</source>
        <translation>CMS system</translation>
    </message>
    <message>
        <source>Change the texts and pictures of your landing page yourself, without waiting for us.</source>
        <translation>Change the texts and pictures of your landing page yourself, without waiting for us.</translation>
    </message>
    <message>
        <source>Google reviews</source>
        <translation>Google reviews</translation>
    </message>
    <message>
        <source>We ask your happy customers for a review, so new ones find you first.</source>
        <translation>We ask your happy customers for a review, so new ones find you first.</translation>
    </message>
</context>
</TS>

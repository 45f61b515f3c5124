<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Please fill in this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid phone number. Include the area code, e.g. 030 1234567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lower-case letters, digits, dots, dashes and underscores only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this email address exists already. Log in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is taken. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is taken already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We do not know this referral code. Please check it or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your internet connection and the server address, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered unexpectedly (HTTP %1). Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Please log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your registration is still being reviewed by the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your registration was not approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please complete your onboarding checklist first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This no longer exists. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this in the meantime. Reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Please try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This is too large to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app and the server do not understand each other. Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong on the server. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>We could not verify your company. Please call us at 030 1234567.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::ApprovalStatusPage</name>
    <message>
        <source>Check status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not activated yet (checked at %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you, your registration has been received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency will now check your details and activate your account, usually within one working day. You can close the app; when you open it again, you will see the status here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your registration is being reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency has not decided yet. As soon as your account is activated, the portal opens here by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency has not decided yet. As soon as your account is activated, you can log in with your email address and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your registration was not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have questions about this decision, please contact the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::ApprovalsPage</name>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check new customers and activate their accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading registrations …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No registration is waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) waiting for your decision.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registrations appear here. Customers can log in once you approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved customers yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved registrations are listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rejected registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations you reject are listed here with their reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be approved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration of %1 was rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::AuthFrame</name>
    <message>
        <source>Kundenportal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::HomePage</name>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your figures will appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As soon as the agency has connected your ad accounts, you will see leads, ad spend, clicks and impressions for any period here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registrations wait for your decision before customers can log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::LoginPage</name>
    <message>
        <source>Email or user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your campaigns, your onboarding and your contact to the agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your email address or user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no password store (Secret Service) available. You can log in, but you will have to log in again after closing the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::MainWindow</name>
    <message>
        <source>Kundenportal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::RegisterPage</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you register, the agency checks your details and activates your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 030 1234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to log in without your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check the highlighted fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::RegistrationCard</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve after all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::RejectDialog</name>
    <message>
        <source>Reject registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the registration of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer will see this reason when opening the app. Be clear and friendly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. We could not verify your company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::ServerSettingsDialog</name>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your agency&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agency tells you this address, for example portal.agency.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address like portal.agency.com or http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. Server version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Kundenportal server answers at this address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::Sidebar</name>
    <message>
        <source>Kundenportal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kp::client::StatePanel</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
